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
        description = {"Load a rule directory: compile its DRL, check rule metadata against source.yaml, read the calendar, "
                + "and lint every rule file; then run its example cases to catch a rule that loops or joins without "
                + "constraint (an evaluation stopped by the firing cap or the time budget is an error naming the rule).",
                "Prints each problem as file:line:column: error|warning: message, then a summary line. "
                        + "Exit 1 when there are errors (warnings alone exit 0)."})
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
                        "example case '" + c.name() + "' (" + c.file() + "): " + e.getMessage()));
            } catch (RuntimeException e) {
                // bad facts or a failing consequence: rules test reports the case
            }
        }
        return out;
    }

    static String summary(int rules, int errors, int warnings) {
        return RuleDirs.plural(rules, "rule") + ", " + RuleDirs.plural(errors, "error") + ", " + RuleDirs.plural(warnings, "warning");
    }
}
