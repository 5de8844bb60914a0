package org.zwgk.cli;

import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.cases.CaseResult;
import org.zwgk.rules.cases.ExampleCase;
import org.zwgk.rules.cases.ExampleCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code rules test DIR}: run every example case beside the rules. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"运行规则目录中的每个案例（*.cases.yaml）。(Run every example case of a rule directory against its rules.)",
                "每个案例打印一行“通过”或“失败”，失败的列出差异：“- 应有”为预期而未出现的结果，“+ 实有”为出现而未预期的结果；"
                        + "最后打印“N个案例通过，M个失败”。还检查构建所检查的：每个检查的义务都有规则，每个编号都有触发和不触发的案例（“缺少案例”行）。",
                "有失败、有缺少案例或规则无法加载时，退出码为1。(Exit 1 on any failure, any such gap, or when the rules do not load.)"})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the rule directory, e.g. drl")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleDirs.requireDirectory(spec, dir, "rule directory");
        Rulebook book;
        try {
            book = Rulebook.load(dir);
        } catch (RulebookLoadException e) {
            RuleDirs.printProblems(out, dir, e.problems(), List.of());
            out.println("规则无法加载（" + e.problems().size() + "个错误），未运行任何案例（the rules do not load ("
                    + RuleDirs.plural(e.problems().size(), "error") + "): no case was run）");
            return RulesCommand.FOUND;
        }
        List<ExampleCase> cases;
        try {
            cases = ExampleCases.read(dir);
        } catch (RuntimeException e) {
            out.println("错误：案例文件无法读取：" + e.getMessage());
            return RulesCommand.FOUND;
        }
        int passed = 0;
        int failed = 0;
        for (ExampleCase c : cases) {
            CaseResult r = ExampleCases.run(book, c);
            if (r.passed()) {
                passed++;
                out.println("通过 " + c.file() + " › " + c.name());
            } else {
                failed++;
                out.println("失败 " + c.file() + " › " + c.name());
                diff(r).forEach(out::println);
            }
        }
        if (cases.isEmpty()) {
            out.println(dir + " 中没有案例文件（*.cases.yaml）（no example cases）");
        }
        List<String> gaps = ExampleCases.coverageGaps(book, cases);
        gaps.forEach(g -> out.println("缺少案例 " + g));
        out.println(summary(passed, failed));
        if (!gaps.isEmpty()) {
            out.println("案例覆盖不全：" + gaps.size() + "处（每条规则须有触发和不触发的案例）");
        }
        return failed == 0 && gaps.isEmpty() ? RulesCommand.OK : RulesCommand.FOUND;
    }

    /** {@code 401个案例通过，0个失败（401 passed, 0 failed）}. */
    static String summary(int passed, int failed) {
        return passed + "个案例通过，" + failed + "个失败（" + passed + " passed, " + failed + " failed）";
    }

    /**
     * A failed case's difference, one line each: {@code ! 无法运行：…} when it could not run, {@code - 应有 …} for an
     * expected finding that did not appear, {@code + 实有 …} for a finding that was not expected.
     */
    static List<String> diff(CaseResult r) {
        List<String> lines = new java.util.ArrayList<>();
        if (r.error() != null) {
            lines.add("  ! 无法运行：" + r.error());
        }
        r.missing().forEach(m -> lines.add("  - 应有 " + m));
        r.unexpected().forEach(u -> lines.add("  + 实有 " + u));
        return lines;
    }
}
