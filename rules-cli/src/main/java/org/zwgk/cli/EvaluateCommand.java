package org.zwgk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/** {@code rules evaluate FACTS}: evaluate a fact file and print the findings as a table or as JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a fact file (JSON or YAML, the shape of examples/facts/*.json) and print the findings.",
                "The evaluation date is --as-of, else the file's \"asOf\"; without either the command refuses to guess. "
                        + "Exit 1 when the facts or the rules are invalid."})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { table, json }

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FACTS", description = "the fact file (.json, .yaml)")
    Path factsFile;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the rule directory to use, e.g. drl (default: the rules built into the jar)")
    Path rules;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the evaluation date, YYYY-MM-DD (default: the file's asOf)")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--all", description = "every finding, including SATISFIED (default: what needs attention)")
    boolean all;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (rules != null) {
            RuleDirs.requireDirectory(spec, rules, "rule directory");
        }
        FactFile file;
        try {
            file = FactFile.read(spec, factsFile);
        } catch (FactFile.Unreadable e) {
            out.println(e.getMessage());
            return RulesCommand.FOUND;
        }
        LocalDate date = file.asOf(spec, asOf);

        Rulebook book;
        try {
            book = rules == null ? Rulebook.load() : Rulebook.load(rules);
        } catch (RulebookLoadException e) {
            RuleDirs.printProblems(out, rules, e.problems(), List.of());
            out.println("the rules do not load (" + RuleDirs.plural(e.problems().size(), "error") + ")");
            return RulesCommand.FOUND;
        }
        Evaluation everything;
        try {
            everything = book.evaluate(file.facts(), date, EvaluationOptions.everything());
        } catch (InvalidFactsException e) {
            printInvalid(out, factsFile, e);
            return RulesCommand.FOUND;
        }
        Evaluation ev = all ? everything : new Evaluation(everything.asOf(), everything.rulesetVersion(),
                everything.rulesEvaluated(), everything.only(EvaluationOptions.actionable().statuses()),
                everything.uncoveredYears(), everything.provisionalYears());
        if (format == Format.json) {
            out.println(JSON.writeValueAsString(ev));
            return RulesCommand.OK;
        }
        printTable(out, ev, rules == null ? "built-in rules" : "rules " + rules,
                everything.findings().size() - ev.findings().size());
        return RulesCommand.OK;
    }

    static void printInvalid(PrintWriter out, Path file, InvalidFactsException e) {
        e.problems().forEach(p -> out.println(file + ": error: " + p.field() + ": " + p.reason()));
    }

    private static void printTable(PrintWriter out, Evaluation ev, String rules, int hidden) {
        out.println(rules + " (version " + ev.rulesetVersion() + "), as of " + ev.asOf() + ", "
                + RuleDirs.plural(ev.rulesEvaluated(), "rule") + " applied");
        if (ev.findings().isEmpty()) {
            out.println("no findings");
        } else {
            Table t = new Table("规则", "状态", "对象", "期限", "说明");
            for (Finding f : ev.findings()) {
                t.row(f.ruleId(), f.status().name(), f.subject(), f.dueDate() == null ? "" : f.dueDate().toString(), f.message());
            }
            t.print(out);
        }
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        ev.findings().forEach(f -> counts.merge(f.status(), 1, Integer::sum));
        StringJoiner by = new StringJoiner(", ", " (", ")").setEmptyValue("");
        counts.forEach((s, n) -> by.add(n + " " + s));
        out.println(RuleDirs.plural(ev.findings().size(), "finding") + by
                + (hidden > 0 ? "; " + hidden + " SATISFIED not shown (--all shows them)" : ""));
        if (!ev.uncoveredYears().isEmpty()) {
            out.println("the working-day calendar lacks " + ev.uncoveredYears()
                    + ": the rules that need those years could not judge (INCOMPLETE)");
        }
        if (!ev.provisionalYears().isEmpty()) {
            out.println("暂定：" + ev.provisionalYears().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining("、")) + "年尚无国务院办公厅节假日安排通知，相关期限暂按法定节假日推算"
                    + "（详见各结果的“暂定”说明）；通知发布后用 bin/rules calendar import 导入并重新计算");
        }
    }
}
