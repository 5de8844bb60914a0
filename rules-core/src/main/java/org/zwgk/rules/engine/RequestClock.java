package org.zwgk.rules.engine;

import org.zwgk.rules.deadline.AnswerClock;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Subject;

import java.time.LocalDate;

/**
 * A request's answer clock on the evaluation date, inserted once per request before the rules fire
 * ({@link Derivers#REQUEST_CLOCKS}): the date of receipt, where the period counts from, the pauses, the due date and
 * the working days left. Rules match it with plain patterns, e.g.
 * {@code RequestClock( request == $r, state == State.ANSWERED, answeredOn > due )}, and decide what it means.
 *
 * @param request     the request
 * @param receipt     the date of receipt by channel (OGI-31) and what it rests on
 * @param deadline    the answer period, its pauses, extension and due date (OGI-33)
 * @param paused      whether a pause (consultation or fee wait) stops the clock on the evaluation date
 * @param feePaused   whether a fee wait stops the clock on the evaluation date
 */
public record RequestClock(Request request, AnswerClock.Receipt receipt, AnswerDeadline deadline, boolean paused,
                           boolean feePaused) implements DerivedFrom {

    public AnswerDeadline.State state() {
        return deadline.state();
    }

    /** The date of receipt, or {@code null} if the facts lack it. */
    public LocalDate receivedOn() {
        return receipt.date();
    }

    /** The day the answer period counts from, or {@code null}. */
    public LocalDate clockStart() {
        return deadline.clockStart();
    }

    public LocalDate due() {
        return deadline.due();
    }

    public LocalDate originalDue() {
        return deadline.originalDue();
    }

    public LocalDate answeredOn() {
        return deadline.answeredOn();
    }

    /** Working days from the evaluation date (or the answer) to the due date; negative = after it. */
    public Integer workingDaysLeft() {
        return deadline.workingDaysLeft();
    }

    public int pausedWorkingDays() {
        return deadline.pausedWorkingDays();
    }

    public int extensionWorkingDays() {
        return deadline.extensionWorkingDays();
    }

    /** The request this fact is derived from. */
    @Override
    public Subject derivedFrom() {
        return request;
    }
}
