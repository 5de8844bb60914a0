package org.zwgk.rules.facts;

import java.time.LocalDate;

/** A fact a rule can judge: it has an id, belongs to a unit, and has a date that places it in a plan's year. */
public interface Subject {

    /** The kind of subject as results name it: {@code unit}, {@code request}, … */
    String subjectKind();

    String getId();

    /** The id of the unit the subject belongs to (a unit names itself). */
    String getUnit();

    /**
     * The date that decides which plan years bind this subject (a request's submission, say);
     * {@code null} means the evaluation date decides.
     */
    LocalDate referenceDate();
}
