package org.zwgk.examples;

import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.Status;
import org.zwgk.rules.facts.FactSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sample files, the rule set inside the rules-core jar (loaded once for every test class) and lookups on findings. */
final class Samples {
    static final Path DISTRICT = Path.of("facts/district-department-2026-02.json");
    static final LocalDate DISTRICT_AS_OF = LocalDate.of(2026, 3, 10);
    static final Path TOWNSHIP = Path.of("facts/township-2026-03.json");
    static final LocalDate TOWNSHIP_AS_OF = LocalDate.of(2026, 3, 31);
    static final Path SPRING_FESTIVAL = Path.of("facts/spring-festival-request.json");
    static final Path REQUESTS = Path.of("requests");

    private Samples() {
    }

    private static final class Holder {
        static final Rulebook BOOK = Rulebook.load();
    }

    static Rulebook book() {
        return Holder.BOOK;
    }

    static FactSet facts(Path file) {
        try {
            return MonthOfRequests.JSON.readValue(Files.readAllBytes(file), FactSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every finding, SATISFIED included. */
    static Evaluation evaluate(Path file, LocalDate asOf) {
        return book().evaluate(facts(file), asOf, EvaluationOptions.everything());
    }

    static List<Finding> of(Evaluation ev, String ruleId, String subject) {
        return ev.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.subject().equals(subject)).toList();
    }

    /** The one finding of the rule about the subject with that due date (null: the finding has none). */
    static Finding one(Evaluation ev, String ruleId, String subject, LocalDate due) {
        List<Finding> f = of(ev, ruleId, subject).stream()
                .filter(x -> due == null ? x.dueDate() == null : due.equals(x.dueDate())).toList();
        assertEquals(1, f.size(), ruleId + " " + subject + " due " + due + ": " + of(ev, ruleId, subject));
        return f.get(0);
    }

    static void expect(Evaluation ev, String ruleId, String subject, Status status, LocalDate due) {
        assertEquals(status, one(ev, ruleId, subject, due).status(), () -> ruleId + " " + subject + " due " + due);
    }

    /** "ruleId subject due" of every finding with the status, sorted: compared whole, so an unexpected one fails. */
    static List<String> withStatus(Evaluation ev, Status status) {
        return ev.findings().stream().filter(f -> f.status() == status)
                .map(f -> f.ruleId() + " " + f.subject() + " " + (f.dueDate() == null ? "-" : f.dueDate()))
                .sorted().toList();
    }

    static String all(Evaluation ev) {
        StringBuilder b = new StringBuilder();
        for (Finding f : ev.findings()) {
            b.append(f.ruleId()).append(' ').append(f.status()).append(' ').append(f.subject()).append(' ')
                    .append(f.dueDate()).append(' ').append(f.message()).append('\n');
        }
        return b.toString();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
