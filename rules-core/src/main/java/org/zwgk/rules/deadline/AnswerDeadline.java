package org.zwgk.rules.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * When a request must be answered (OGI-33), and how that date was reached.
 *
 * @param requestId          the request
 * @param state              where the request stands
 * @param receivedOn         the date of receipt by its channel (OGI-31), or {@code null} if the facts lack it
 * @param receiptBasis       how the date of receipt was determined
 * @param clockStart         the day the answer period counts from (the corrected request's receipt under OGI-30)
 * @param startBasis         why the period counts from there
 * @param pauses             the stretches not counted (consultation, fee payment), each bounded by its limit
 * @param pausedWorkingDays  working days not counted within the answer period
 * @param originalDue        the due date without extension
 * @param extensionWorkingDays working days added by a valid extension (0 if none or invalid)
 * @param extensionProblem   why a recorded extension is not valid, or {@code null}
 * @param due                the due date
 * @param answeredOn         the answer date, or {@code null}
 * @param workingDaysLeft    working days from the evaluation date (or the answer) to the due date; negative = overdue
 * @param missing            what the facts lack (state INCOMPLETE), or {@code null}
 * @param notCounted         recorded acts that did not stop or restart the clock, and why (a correction notice or a
 *                           fee notice sent late, a fee the bands do not allow): the agency gains no time from its lapse
 */
public record AnswerDeadline(String requestId, State state, LocalDate receivedOn, String receiptBasis,
                             LocalDate clockStart, String startBasis, List<Pause> pauses, int pausedWorkingDays,
                             LocalDate originalDue, int extensionWorkingDays, String extensionProblem, LocalDate due,
                             LocalDate answeredOn, Integer workingDaysLeft, String missing, List<String> notCounted) {

    public AnswerDeadline {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        notCounted = notCounted == null ? List.of() : List.copyOf(notCounted);
    }

    /** Whether a fee wait stops the clock on {@code day} (a consultation does not count here). */
    public boolean feePausedOn(LocalDate day) {
        return day != null && pauses.stream().anyMatch(p -> p.isFeeWait() && p.from().isBefore(day) && !p.to().isBefore(day));
    }

    /** Where a request stands. */
    public enum State {
        /** Not answered; the period runs (or is paused). */
        RUNNING,
        /** The applicant was asked to correct the request; the period starts when the correction arrives. */
        AWAITING_CORRECTION,
        /** Answered on {@code answeredOn}. */
        ANSWERED,
        /** The applicant did not pay the fee in time: the request counts as abandoned (FEE). */
        ABANDONED,
        /** The facts lack what the clock needs; see {@code missing}. */
        INCOMPLETE
    }

    /**
     * A stretch not counted in the answer period: working days {@code d} with {@code from < d <= to}.
     *
     * @param kind          a consultation or the wait for a fee
     * @param reason        e.g. 征求第三方意见
     * @param from          the day it began (not itself paused)
     * @param to            the last day paused
     * @param limitedTo     the bound that cut it short (the consulted party's 15 working days), or {@code null}
     * @param workingDays   the working days it paused within the answer period
     */
    public record Pause(Kind kind, String reason, LocalDate from, LocalDate to, LocalDate limitedTo, int workingDays) {

        /** What stops the clock. */
        public enum Kind {
            /** waiting for a consulted party's opinion (第三十三条第三款) */
            CONSULTATION,
            /** waiting for the applicant to pay a fee (国办函〔2020〕109号) */
            FEE
        }

        /** Whether this is the wait for a fee to be paid, not a consultation. */
        public boolean isFeeWait() {
            return kind == Kind.FEE;
        }
    }

    /**
     * Whether the answer came after the due date (an answer on a day off just after it is late although no working
     * day lies between), or, unanswered, whether the evaluation date lies at least one working day past it.
     */
    public boolean isLate() {
        if (answeredOn != null && due != null) {
            return answeredOn.isAfter(due);
        }
        return workingDaysLeft != null && workingDaysLeft < 0;
    }

    /**
     * Whether the clock stands still on {@code day}: a pause (consultation, fee) began before it and lasts at
     * least until it. A pause of an unanswered request lasts until the evaluation date while the party has time.
     */
    public boolean pausedOn(LocalDate day) {
        return day != null && pauses.stream().anyMatch(p -> p.from().isBefore(day) && !p.to().isBefore(day));
    }
}
