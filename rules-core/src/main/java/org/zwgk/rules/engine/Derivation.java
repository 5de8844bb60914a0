package org.zwgk.rules.engine;

import org.zwgk.rules.facts.FactSet;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Java computes facts, rules decide: before any rule fires, each {@link Deriver} reads the caller's facts once and
 * inserts neutral derived facts (dates, counts, stages; never a status, a verdict text or a clause) that rules match
 * with plain patterns. A derived fact that belongs to a unit implements {@link org.zwgk.rules.facts.Subject}, so it is
 * placed in a plan's area and year like the facts it comes from.
 *
 * @param facts   the caller's facts, validated
 * @param asOf    the evaluation date
 * @param clock   working days and request receipts for this evaluation
 * @param ledger  lookups over the fact set (units, requests by id, …)
 * @param params  every source's parameters
 * @param periods the periods of recurring duties of the fact set's units
 */
public record Derivation(FactSet facts, LocalDate asOf, Clock clock, Ledger ledger, Params params, Periods periods) {

    /** Derives facts of one kind. Implementations are stateless and listed in {@link #DERIVERS}. */
    @FunctionalInterface
    public interface Deriver {
        void derive(Derivation from, Consumer<Object> insert);
    }

    /** Every deriver, run in this order before the rules fire. Add a new kind of derived fact here. */
    static final java.util.List<Deriver> DERIVERS = java.util.List.of(
            Derivers.REQUEST_CLOCKS,
            Derivers.FEES,
            InterpretationStage::derive,
            ConsultationTiming::derive,
            ReviewTiming::derive
    );

    /** Inserts every derived fact of this evaluation. */
    public void insertAll(Consumer<Object> insert) {
        for (Deriver d : DERIVERS) {
            d.derive(this, insert);
        }
    }
}
