package org.zwgk.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.facts.FactSet;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Evaluates a month of one unit's facts (requests, documents, accounts, reports…) and prints what needs attention.
 *
 * <pre>
 * ./mvnw -q -DskipTests install && ./mvnw -q -pl examples exec:java
 * ./mvnw -q -pl examples exec:java -Dexec.args="examples/facts/township-2026-03.json 2026-03-31"
 * </pre>
 *
 * A relative path is taken from the directory Maven runs in (the repository root in the second line).
 */
public final class MonthOfRequests {
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MonthOfRequests() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "facts/district-department-2026-02.json");
        LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2026, 3, 10);
        run(file, asOf, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Loads the default rules, evaluates the fact file on {@code asOf}, prints everything but SATISFIED. */
    public static Evaluation run(Path factFile, LocalDate asOf, PrintStream out) throws IOException {
        Rulebook book = Rulebook.load();
        FactSet facts = JSON.readValue(Files.readAllBytes(factFile), FactSet.class);
        Evaluation ev = book.evaluate(facts, asOf, EvaluationOptions.actionable());

        out.printf("规则集 %s，评估日 %s，适用规则 %d 条，结果 %d 条%n", ev.rulesetVersion(), ev.asOf(),
                ev.rulesEvaluated(), ev.findings().size());
        out.printf("%-12s %-10s %-16s %-10s %s%n", "规则", "状态", "对象", "期限", "说明");
        for (Finding f : ev.findings()) {
            out.printf("%-12s %-10s %-16s %-10s %s%n", f.ruleId(), f.status(), f.subject(),
                    f.dueDate() == null ? "" : f.dueDate(), f.message());
        }
        if (!ev.uncoveredYears().isEmpty()) {
            out.println("工作日历未收录的年份：" + ev.uncoveredYears());
        }
        if (!ev.provisionalYears().isEmpty()) {
            out.println("暂按法定节假日推算的年份（待国务院办公厅通知）：" + ev.provisionalYears());
        }
        return ev;
    }
}
