package org.zwgk.rules.engine;

import org.zwgk.rules.calendar.CalendarNotCoveredException;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.deadline.AnswerClock;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.Request;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The DRL global {@code clock}: working-day arithmetic for rules, on the evaluation date. A calendar gap is never
 * thrown into a rule; it is remembered and the evaluation reports the years it lacked.
 * One instance per evaluation; not shared between threads.
 */
public final class Clock {
    private final WorkingDayCalendar calendar;
    private final AnswerClock answers;
    private final LocalDate asOf;
    private final Map<Request, AnswerDeadline> deadlines = new IdentityHashMap<>();
    private final SortedSet<Integer> uncoveredYears = new TreeSet<>();

    public Clock(WorkingDayCalendar calendar, AnswerClock answers, LocalDate asOf) {
        this.calendar = calendar;
        this.answers = answers;
        this.asOf = asOf;
    }

    /** The evaluation date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The request's answer deadline as it stands on the evaluation date (computed once per evaluation). */
    public AnswerDeadline answer(Request r) {
        return deadlines.computeIfAbsent(r, req -> {
            try {
                return answers.computeStrict(req, asOf);
            } catch (CalendarNotCoveredException e) {
                uncoveredYears.add(e.year());
                return answers.compute(req, asOf);
            }
        });
    }

    /** The date of receipt by channel (OGI-31). */
    public AnswerClock.Receipt receipt(Request r) {
        return answers.receipt(r);
    }

    /** "自 start 之日起 n 个工作日内". A {@code null} start gives a span that is not covered. */
    public WorkingDaySpan span(LocalDate start, int n) {
        if (start == null) {
            return new WorkingDaySpan(null, n, null, null);
        }
        try {
            return new WorkingDaySpan(start, n, calendar.addWorkingDays(start, n), null);
        } catch (CalendarNotCoveredException e) {
            uncoveredYears.add(e.year());
            return new WorkingDaySpan(start, n, null, e.year());
        }
    }

    /** Working days from {@code from} to {@code to} (start not counted), or {@code null} over a calendar gap. */
    public Integer workingDaysBetween(LocalDate from, LocalDate to) {
        try {
            return calendar.workingDaysBetween(from, to);
        } catch (CalendarNotCoveredException e) {
            uncoveredYears.add(e.year());
            return null;
        }
    }

    /** The years a rule needed and the calendar lacked during this evaluation. */
    public SortedSet<Integer> uncoveredYears() {
        return uncoveredYears;
    }
}
