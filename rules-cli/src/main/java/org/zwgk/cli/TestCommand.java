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
        description = {"Run every example case (*.cases.yaml) of a rule directory against its rules.",
                "Prints PASS or FAIL per case (a failure with its diff: - expected but absent, + found but not expected), "
                        + "then 'N passed, M failed'. Also checks what the build checks: every checked duty has a rule, and "
                        + "every rule id has a case where it fires and one where it does not (缺少案例 lines).",
                "Exit 1 on any failure, any such gap, or when the rules do not load."})
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
            out.println("the rules do not load (" + RuleDirs.plural(e.problems().size(), "error") + "): no case was run");
            return RulesCommand.FOUND;
        }
        List<ExampleCase> cases;
        try {
            cases = ExampleCases.read(dir);
        } catch (RuntimeException e) {
            out.println("error: the example cases cannot be read: " + e.getMessage());
            return RulesCommand.FOUND;
        }
        int passed = 0;
        int failed = 0;
        for (ExampleCase c : cases) {
            CaseResult r = ExampleCases.run(book, c);
            if (r.passed()) {
                passed++;
                out.println("PASS " + c.file() + " › " + c.name());
            } else {
                failed++;
                out.println("FAIL " + c.file() + " › " + c.name());
                // the diff's first line repeats the file and name printed above
                r.diff().lines().skip(1).forEach(out::println);
            }
        }
        if (cases.isEmpty()) {
            out.println("no example cases (*.cases.yaml) in " + dir);
        }
        List<String> gaps = ExampleCases.coverageGaps(book, cases);
        gaps.forEach(g -> out.println("缺少案例 " + g));
        out.println(passed + " passed, " + failed + " failed");
        if (!gaps.isEmpty()) {
            out.println("案例覆盖不全：" + gaps.size() + "处（每条规则须有触发和不触发的案例）");
        }
        return failed == 0 && gaps.isEmpty() ? RulesCommand.OK : RulesCommand.FOUND;
    }
}
