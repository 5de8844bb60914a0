package org.zwgk.rules.engine;

import org.zwgk.rules.deadline.AnswerClock;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DRL global {@code ledger}: questions about the fact set as a whole that a single fact cannot answer.
 * One instance per evaluation.
 */
public final class Ledger {
    private final FactSet facts;
    private final AnswerClock answers;
    private final Map<String, Unit> units;

    public Ledger(FactSet facts, AnswerClock answers) {
        this.facts = facts;
        this.answers = answers;
        this.units = facts.getUnits().stream().collect(Collectors.toMap(Unit::getId, Function.identity(), (a, b) -> a));
    }

    public Unit unit(String id) {
        return units.get(id);
    }

    /**
     * The request's rank among the same applicant's requests to the same unit received in the same calendar month
     * (按件, FEE 第四条): the fee's own {@code requestsInMonth} if recorded, else counted from the fact set by date of
     * receipt, then id. {@code null} if the applicant or the date of receipt is unknown.
     */
    public Integer rankInMonth(Request r) {
        if (r.getFee() != null && r.getFee().getRequestsInMonth() != null) {
            return r.getFee().getRequestsInMonth();
        }
        LocalDate received = answers.receipt(r).date();
        if (r.getApplicant() == null || received == null) {
            return null;
        }
        YearMonth month = YearMonth.from(received);
        Comparator<Request> order = Comparator.comparing((Request q) -> answers.receipt(q).date()).thenComparing(Request::getId);
        return (int) facts.getRequests().stream()
                .filter(q -> Objects.equals(q.getApplicant(), r.getApplicant()) && Objects.equals(q.getUnit(), r.getUnit()))
                .filter(q -> answers.receipt(q).date() != null && YearMonth.from(answers.receipt(q).date()).equals(month))
                .filter(q -> order.compare(q, r) <= 0)
                .count();
    }
}
