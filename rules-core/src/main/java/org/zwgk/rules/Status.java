package org.zwgk.rules;

/** What a rule found about one subject. */
public enum Status {
    /** The duty is breached. */
    VIOLATION,
    /** Not yet breached, but the due date is within the warning window (预警). */
    WARNING,
    /** Not yet due and not yet done; the result carries the due date. */
    OPEN,
    /** The facts lack what the rule needs to judge (a date, a field, a calendar year); the message names it. */
    INCOMPLETE,
    /** The duty is met. Returned only when the caller asks for everything. */
    SATISFIED;

    /** Whether this status is a breach. */
    public boolean isBreach() {
        return this == VIOLATION;
    }
}
