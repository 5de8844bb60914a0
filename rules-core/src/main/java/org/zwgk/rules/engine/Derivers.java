package org.zwgk.rules.engine;

import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.Request;

/** The derivers of requests and fees (listed in {@link Derivation#DERIVERS}). */
public final class Derivers {

    private Derivers() {
    }

    /** One {@link RequestClock} per request: receipt, clock start, pauses, due date, working days left. */
    public static final Derivation.Deriver REQUEST_CLOCKS = (from, insert) -> {
        for (Request r : from.facts().getRequests()) {
            AnswerDeadline d = from.clock().answer(r);
            insert.accept(new RequestClock(r, from.clock().receipt(r), d, d.pausedOn(from.asOf()), d.feePausedOn(from.asOf())));
        }
    };

    /** One {@link FeeAssessment} per request with a fee: amounts charged and allowed, notice and answer due dates. */
    public static final Derivation.Deriver FEES = (from, insert) -> {
        for (Request r : from.facts().getRequests()) {
            if (r.getFee() != null) {
                insert.accept(from.ledger().fee(r));
            }
        }
    };
}
