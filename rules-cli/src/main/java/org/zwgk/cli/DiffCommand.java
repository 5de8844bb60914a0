package org.zwgk.cli;

import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code rules diff OLD NEW FACTS…}: the findings a rule change adds, removes or changes on the same facts. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Evaluate the same fact files under two rule directories and show the findings that appear (+), "
                + "disappear (-) or change status or due date (~), keyed by rule id and subject (and by rule name where "
                + "one id has several findings about one subject). Every status counts, SATISFIED included.",
                "Exit 0 (a difference is information), 1 when either rule set does not load or a fact file is invalid."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "the rule directory before the change")
    Path oldDir;

    @Parameters(index = "1", paramLabel = "NEW", description = "the rule directory after the change")
    Path newDir;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "FACTS", description = "fact files (.json, .yaml)")
    List<Path> factFiles;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the evaluation date, YYYY-MM-DD (default: each file's asOf)")
    LocalDate asOf;

    private int appeared;
    private int disappeared;
    private int changed;
    private int unchanged;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleDirs.requireDirectory(spec, oldDir, "old rule directory");
        RuleDirs.requireDirectory(spec, newDir, "new rule directory");
        List<FactFile> files = new ArrayList<>();
        boolean unreadable = false;
        for (Path p : factFiles) {
            try {
                FactFile f = FactFile.read(spec, p);
                f.asOf(spec, asOf); // a missing date is a usage error before anything is compiled
                files.add(f);
            } catch (FactFile.Unreadable e) {
                out.println(e.getMessage());
                unreadable = true;
            }
        }
        if (unreadable) {
            return RulesCommand.FOUND;
        }
        Rulebook before = load(out, oldDir, "old");
        Rulebook after = load(out, newDir, "new");
        if (before == null || after == null) {
            return RulesCommand.FOUND;
        }
        for (FactFile f : files) {
            LocalDate date = f.asOf(spec, asOf);
            List<Finding> was;
            List<Finding> is;
            try {
                was = before.evaluate(f.facts(), date, EvaluationOptions.everything()).findings();
                is = after.evaluate(f.facts(), date, EvaluationOptions.everything()).findings();
            } catch (InvalidFactsException e) {
                EvaluateCommand.printInvalid(out, f.path(), e);
                return RulesCommand.FOUND;
            }
            out.println(f.path() + " (as of " + date + ")");
            Table t = new Table();
            compare(was, is, t);
            if (t.isEmpty()) {
                out.println("  no differences");
            } else {
                t.print(out);
            }
        }
        out.println(appeared + " appeared, " + disappeared + " disappeared, " + changed + " changed, " + unchanged
                + " unchanged (" + RuleDirs.plural(files.size(), "fact file") + ")");
        return RulesCommand.OK;
    }

    private static Rulebook load(PrintWriter out, Path dir, String which) {
        try {
            return Rulebook.load(dir);
        } catch (RulebookLoadException e) {
            out.println("the " + which + " rules (" + dir + ") do not load:");
            RuleDirs.printProblems(out, dir, e.problems(), List.of());
            return null;
        }
    }

    /** Pairs the findings by rule id and subject, by rule name too where one id has several per subject. */
    private void compare(List<Finding> was, List<Finding> is, Table t) {
        Map<String, List<Finding>> before = group(was);
        Map<String, List<Finding>> after = group(is);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> sorted = keys.stream().sorted().toList();
        for (String k : sorted) {
            List<Finding> b = before.getOrDefault(k, List.of());
            List<Finding> a = after.getOrDefault(k, List.of());
            if (b.size() <= 1 && a.size() <= 1) {
                compare(b.isEmpty() ? null : b.get(0), a.isEmpty() ? null : a.get(0), false, t);
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            b.forEach(f -> names.add(f.ruleName()));
            a.forEach(f -> names.add(f.ruleName()));
            for (String name : names.stream().sorted().toList()) {
                List<Finding> bn = b.stream().filter(f -> f.ruleName().equals(name)).toList();
                List<Finding> an = a.stream().filter(f -> f.ruleName().equals(name)).toList();
                for (int i = 0; i < Math.max(bn.size(), an.size()); i++) {
                    compare(i < bn.size() ? bn.get(i) : null, i < an.size() ? an.get(i) : null, true, t);
                }
            }
        }
    }

    private void compare(Finding b, Finding a, boolean byName, Table t) {
        Finding f = a != null ? a : b;
        String rule = byName ? f.ruleName() : f.ruleId();
        if (b == null) {
            appeared++;
            t.row("+", rule, f.subject(), f.status().name(), due(f.dueDate()), f.message());
        } else if (a == null) {
            disappeared++;
            t.row("-", rule, f.subject(), f.status().name(), due(f.dueDate()), f.message());
        } else if (b.status() != a.status() || !Objects.equals(b.dueDate(), a.dueDate())) {
            changed++;
            String status = b.status() == a.status() ? a.status().name() : b.status() + " → " + a.status();
            String due = Objects.equals(b.dueDate(), a.dueDate()) ? due(a.dueDate()) : orNone(b.dueDate()) + " → " + orNone(a.dueDate());
            t.row("~", rule, f.subject(), status, due, a.message());
        } else {
            unchanged++;
        }
    }

    private static String due(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String orNone(LocalDate d) {
        return d == null ? "none" : d.toString();
    }

    private static Map<String, List<Finding>> group(List<Finding> findings) {
        Map<String, List<Finding>> m = new LinkedHashMap<>();
        findings.forEach(f -> m.computeIfAbsent(f.ruleId() + " " + f.subject(), k -> new ArrayList<>()).add(f));
        return m;
    }
}
