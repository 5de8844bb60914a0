package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Subject;

import java.time.LocalDate;

/**
 * A derived fact about one of the caller's facts (a request's clock, a decision's consultation timing, …): it is placed
 * in a plan's area and year, and named in findings, as the fact it is derived from.
 */
public interface DerivedFrom extends Subject {

    /** The caller's fact this one is derived from. */
    Subject derivedFrom();

    @Override
    default String subjectKind() {
        return derivedFrom().subjectKind();
    }

    @Override
    default String getId() {
        return derivedFrom().getId();
    }

    @Override
    default String getUnit() {
        return derivedFrom().getUnit();
    }

    @Override
    default LocalDate referenceDate() {
        return derivedFrom().referenceDate();
    }
}
