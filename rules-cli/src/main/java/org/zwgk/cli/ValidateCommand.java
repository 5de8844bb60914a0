package org.zwgk.cli;

import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.RulebookLoadException.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code rules validate DIR}: compile and lint the rule directory, report every error and warning. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Load a rule directory: compile its DRL, check rule metadata against source.yaml, read the calendar, "
                + "and lint every rule file.",
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
            RuleDirs.printProblems(out, dir, List.of(), warnings);
            out.println(summary(book.ruleCount(), 0, warnings.size()));
            return RulesCommand.OK;
        } catch (RulebookLoadException e) {
            RuleDirs.printProblems(out, dir, e.problems(), List.of());
            out.println(summary(RuleDirs.countRules(dir), e.problems().size(), 0));
            return RulesCommand.FOUND;
        }
    }

    static String summary(int rules, int errors, int warnings) {
        return RuleDirs.plural(rules, "rule") + ", " + RuleDirs.plural(errors, "error") + ", " + RuleDirs.plural(warnings, "warning");
    }
}
