package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Decision;
import org.zwgk.rules.facts.Subject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Derived fact: a major administrative decision's public consultation beside the decision day (重大行政决策公众参与),
 * one per decision made. Neutral: the dates and the days between the consultation's close and the decision; whether
 * that was "before" the decision (a consultation still open on the decision day, say) is the source's parameter
 * {@code consultation-closed-days-before-decision}, read by the rules.
 */
public final class ConsultationTiming implements DerivedFrom {
    private final Decision decision;

    ConsultationTiming(Decision decision) {
        this.decision = decision;
    }

    /** The deriver: one per decision with a decision day. */
    public static void derive(Derivation from, Consumer<Object> insert) {
        for (Decision d : from.facts().getDecisions()) {
            if (d.getDecidedOn() != null) {
                insert.accept(new ConsultationTiming(d));
            }
        }
    }



    /** The decision's id. */
    public String getDecision() {
        return decision.getId();
    }



    public LocalDate getDecidedOn() {
        return decision.getDecidedOn();
    }

    public LocalDate getOpenedOn() {
        return decision.getConsultationOpenedOn();
    }

    public LocalDate getClosedOn() {
        return decision.getConsultationClosedOn();
    }

    /** No consultation is recorded: neither its opening nor its close. */
    public boolean isNone() {
        return getOpenedOn() == null && getClosedOn() == null;
    }

    /**
     * Calendar days from the consultation's close to the decision day (1: closed the day before; 0: closed on the
     * decision day; negative: closed after it), or {@code null} when no close is recorded.
     */
    public Integer getClosedDaysBeforeDecision() {
        return getClosedOn() == null ? null : (int) ChronoUnit.DAYS.between(getClosedOn(), getDecidedOn());
    }

    @Override
    public String toString() {
        return "ConsultationTiming[" + decision.getId() + " " + getOpenedOn() + "–" + getClosedOn() + " / " + getDecidedOn() + "]";
    }

    /** The decision this fact is derived from. */
    @Override
    public Subject derivedFrom() {
        return decision;
    }
}
