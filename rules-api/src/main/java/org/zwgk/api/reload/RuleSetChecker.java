package org.zwgk.api.reload;

import org.zwgk.api.model.CheckReport;
import org.zwgk.api.model.CheckReport.CaseSummary;
import org.zwgk.api.model.CheckReport.FailedCase;
import org.zwgk.api.model.CheckReport.RuleProblem;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.cases.CaseResult;
import org.zwgk.rules.cases.ExampleCase;
import org.zwgk.rules.cases.ExampleCases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule directory as {@code rules validate} and {@code rules test} do: load it (calendar, sources, lint, DRL
 * compiler, metadata checks), then run every example case beside the rules against it.
 */
public final class RuleSetChecker {
    /** The DRL parser's position inside its message ("[ERR 102] Line 160:91 …", the column counted from 0). */
    private static final Pattern PARSER_POSITION = Pattern.compile("\\bLine (\\d+):(\\d+)\\b");

    private RuleSetChecker() {
    }

    /**
     * @param rulebook the loaded rule set when it compiled (whether or not its cases passed), else null
     * @param report   what was found
     */
    public record Checked(Rulebook rulebook, CheckReport report) {
    }

    public static Checked check(Path dir, boolean runCases) {
        Rulebook book;
        try {
            book = Rulebook.load(dir);
        } catch (RulebookLoadException e) {
            List<RuleProblem> problems = sorted(e.problems().stream().map(p -> problem(p, "error")).toList());
            return new Checked(null, new CheckReport(false, null, null, problems.size(), 0, problems, null));
        }
        List<RuleProblem> warnings = sorted(book.warnings().stream().map(p -> problem(p, "warning")).toList());
        CaseSummary cases = runCases ? runCases(book, dir) : null;
        boolean valid = cases == null || (cases.failed() == 0 && cases.error() == null);
        return new Checked(book, new CheckReport(valid, book.version(), book.ruleCount(), 0, warnings.size(), warnings, cases));
    }

    private static CaseSummary runCases(Rulebook book, Path dir) {
        List<ExampleCase> cases;
        try {
            cases = ExampleCases.read(dir);
        } catch (RuntimeException e) {
            return new CaseSummary(0, 0, 0, String.valueOf(e.getMessage()), List.of());
        }
        List<FailedCase> failures = new ArrayList<>();
        int passed = 0;
        for (ExampleCase c : cases) {
            CaseResult r;
            try {
                r = ExampleCases.run(book, c);
            } catch (RuntimeException e) {
                r = new CaseResult(c, List.of(), List.of(), "the case could not run: " + e);
            }
            if (r.passed()) {
                passed++;
            } else {
                failures.add(new FailedCase(c.file(), c.name(), r.missing(), r.unexpected(), r.error(), r.diff()));
            }
        }
        return new CaseSummary(cases.size(), passed, failures.size(), null, failures);
    }

    static RuleProblem problem(RulebookLoadException.Problem p, String severity) {
        return new RuleProblem(p.file(), p.line(), column(p), severity, p.message());
    }

    /** The problem's column, else the one the DRL parser gives in its message for the same line, else 0. */
    static int column(RulebookLoadException.Problem p) {
        if (p.column() > 0 || p.line() <= 0 || p.message() == null) {
            return p.column();
        }
        Matcher m = PARSER_POSITION.matcher(p.message());
        if (m.find() && Integer.parseInt(m.group(1)) == p.line()) {
            return Integer.parseInt(m.group(2)) + 1;
        }
        return 0;
    }

    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        List<RuleProblem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparing((RuleProblem p) -> String.valueOf(p.file()))
                .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return out;
    }
}
