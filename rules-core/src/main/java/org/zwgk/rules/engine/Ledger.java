package org.zwgk.rules.engine;

import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.fees.FeeCalculator;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DRL global {@code ledger}: questions about the fact set as a whole that a single fact cannot answer.
 * One instance per evaluation.
 */
public final class Ledger {
    private final Map<String, Unit> units;
    private final Clock clock;
    private final Map<Request, FeeAssessment> feeAssessments = new IdentityHashMap<>();

    /** @param fees unused: each request's fee is assessed with the bands in force on its own date ({@link Clock#feesFor}) */
    public Ledger(FactSet facts, FeeCalculator fees, Clock clock) {
        this.clock = clock;
        this.units = facts.getUnits().stream().collect(Collectors.toMap(Unit::getId, Function.identity(), (a, b) -> a));
    }

    public Unit unit(String id) {
        return units.get(id);
    }

    /** The request's rank in the applicant's month (按件, FEE 第四条); see {@link Clock#rankInMonth}. */
    public Integer rankInMonth(Request r) {
        return clock.rankInMonth(r);
    }

    /**
     * The request's information-processing fee beside the fee scales and the answer deadline (OGI-42, FEE): amounts
     * charged and allowed, dates, and what the facts lack. Computed once per evaluation; rules match the inserted fact.
     */
    public FeeAssessment fee(Request r) {
        return feeAssessments.computeIfAbsent(r, req -> FeeAssessment.of(req, rankInMonth(req), clock.feesFor(req), () -> clock.answer(req)));
    }
}
