package org.zwgk.cli;

import org.zwgk.rules.EvaluationAbortedException;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.RulebookLoadException.Problem;
import org.zwgk.rules.cases.ExampleCase;
import org.zwgk.rules.cases.ExampleCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code rules validate DIR}: compile and lint the rule directory, report every error and warning. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"加载规则目录：编译DRL，按source.yaml核对规则的元数据，读取工作日历，检查每个规则文件；再运行案例，"
                + "找出循环或无约束连接事实的规则（评估因触发上限或时间上限被中止的，作为错误报告，并指明规则）。"
                + "(Load a rule directory: compile, check metadata, read the calendar, lint; then run the cases to catch a runaway rule.)",
                "每个问题一行：文件:行:列: 错误|警告：说明，最后一行为汇总。有错误时退出码为1（只有警告时为0）。"
                        + "(Prints file:line:column: 错误|警告：message, then a summary; exit 1 on errors.)"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the rule directory, e.g. drl")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleDirs.requireDirectory(spec, dir, "rule directory");
        try {
            Rulebook book = Rulebook.load(dir);
            List<Problem> warnings = book.warnings();
            List<Problem> runaways = runaways(book);
            RuleDirs.printProblems(out, dir, runaways, warnings);
            out.println(summary(book.ruleCount(), runaways.size(), warnings.size()));
            return runaways.isEmpty() ? RulesCommand.OK : RulesCommand.FOUND;
        } catch (RulebookLoadException e) {
            RuleDirs.printProblems(out, dir, e.problems(), List.of());
            out.println(summary(RuleDirs.countRules(dir), e.problems().size(), 0));
            return RulesCommand.FOUND;
        }
    }

    /**
     * The example cases whose evaluation the rule book's limits stopped, each as an error at the rule's file. Cases
     * that cannot be read or whose facts are refused are left to {@code rules test}.
     */
    private List<Problem> runaways(Rulebook book) {
        List<ExampleCase> cases;
        try {
            cases = ExampleCases.read(dir);
        } catch (RuntimeException e) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        for (ExampleCase c : cases) {
            try {
                book.evaluate(c.facts(), c.asOf(), EvaluationOptions.everything());
            } catch (EvaluationAbortedException e) {
                out.add(new Problem(e.ruleFile() != null ? e.ruleFile() : c.file(), 0, 0,
                        "案例“" + c.name() + "”（" + c.file() + "）的评估被中止，规则可能循环或无约束地连接事实：" + e.getMessage()));
            } catch (RuntimeException e) {
                // bad facts or a failing consequence: rules test reports the case
            }
        }
        return out;
    }

    /** {@code 351条规则，0个错误，0个警告（351 rules, 0 errors, 0 warnings）}. */
    static String summary(int rules, int errors, int warnings) {
        return rules + "条规则，" + errors + "个错误，" + warnings + "个警告（" + RuleDirs.plural(rules, "rule") + ", "
                + RuleDirs.plural(errors, "error") + ", " + RuleDirs.plural(warnings, "warning") + "）";
    }
}
