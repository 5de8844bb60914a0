package org.zwgk.rules.engine;

import org.zwgk.rules.deadline.AnswerClock;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.fees.FeeCalculator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.IdentityHashMap;
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
    private final FeeCalculator fees;
    private final Clock clock;
    private final Map<Request, FeeAssessment> feeAssessments = new IdentityHashMap<>();

    public Ledger(FactSet facts, AnswerClock answers, FeeCalculator fees, Clock clock) {
        this.facts = facts;
        this.answers = answers;
        this.fees = fees;
        this.clock = clock;
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

    /**
     * The request's information-processing fee against the published bands and the answer deadline (OGI-42, FEE):
     * amounts charged and allowed, breaches, and what the facts lack. Computed once per evaluation.
     */
    public FeeAssessment fee(Request r) {
        return feeAssessments.computeIfAbsent(r, req -> FeeAssessment.of(req, rankInMonth(req), fees, () -> clock.answer(req)));
    }
}
