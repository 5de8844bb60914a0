package org.zwgk.cli;

import org.zwgk.rules.RulebookLoadException.Problem;
import org.zwgk.rules.internal.DutyTemplates;
import org.zwgk.rules.internal.RuleTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code rules show ID [DIR]}: the DRL a duty's rules are, whether a source.yaml row expands to it or it is written by hand. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print the rules of a duty id: for a source.yaml row that names a template, the DRL the row expands "
                + "to; for rules written in DRL, each rule's file:line and its text.",
                "Exit 1 when no rule carries the id."})
final class ShowCommand implements Callable<Integer> {

    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern END = Pattern.compile("(?m)^end\\s*$");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "the duty id, e.g. CYX21-16b")
    String id;

    @Parameters(index = "1", paramLabel = "DIR", defaultValue = "drl", description = "the rule directory (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleDirs.requireDirectory(spec, dir, "rule directory");
        RuleTree tree = RuleTree.fromDirectory(dir);
        List<Problem> problems = new ArrayList<>();
        boolean found = false;
        for (DutyTemplates.Row row : DutyTemplates.expand(tree, problems)) {
            if (row.id().equals(id)) {
                out.println("// " + RuleDirs.location(dir, new Problem(row.sourceFile(), row.line(), 0, "")) + ": 模板 " + row.template());
                out.print(row.drl());
                found = true;
            }
        }
        Pattern cites = Pattern.compile("@id\\(\\s*\"" + Pattern.quote(id) + "\"\\s*\\)");
        for (RuleTree.TreeFile f : tree.drl().toList()) {
            String text = f.text();
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                Matcher end = END.matcher(text);
                int stop = end.find(m.end()) ? end.end() : text.length();
                String rule = text.substring(m.start(), stop);
                if (cites.matcher(rule).find()) {
                    out.println("// " + RuleDirs.location(dir, new Problem(f.path(), lineOf(text, m.start()), 0, "")));
                    out.println(rule);
                    found = true;
                }
            }
        }
        for (Problem p : problems) {
            if (p.message().contains(id)) {
                out.println(RuleDirs.location(dir, p) + ": error: " + p.message());
            }
        }
        if (!found) {
            spec.commandLine().getErr().println("no rule carries the id " + id + " in " + dir);
            return RulesCommand.FOUND;
        }
        return RulesCommand.OK;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }
}
