package org.zwgk.rules.engine;

import org.zwgk.rules.calendar.CalendarNotCoveredException;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.deadline.AnswerClock;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.deadline.Provisional;
import org.zwgk.rules.facts.Request;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The DRL global {@code clock}: working-day arithmetic for rules, on the evaluation date. A calendar gap is never
 * thrown into a rule; it is remembered and the evaluation reports the years it lacked. A date computed through a
 * year the calendar counts provisionally (no notice yet) is remembered too, so the finding that uses it is marked
 * and the evaluation lists the provisional years.
 * One instance per evaluation; not shared between threads.
 */
public final class Clock {
    private final WorkingDayCalendar calendar;
    private final AnswerClock answers;
    private final LocalDate asOf;
    private final List<Request> requests;
    private final Map<Request, AnswerDeadline> deadlines = new IdentityHashMap<>();
    private final Map<Request, AnswerClock.Receipt> receipts = new IdentityHashMap<>();
    private final SortedSet<Integer> uncoveredYears = new TreeSet<>();
    private final SortedSet<Integer> provisionalYears = new TreeSet<>();
    /** Ends of working-day periods that rest on a provisional year, with those years. */
    private final Map<LocalDate, SortedSet<Integer>> provisionalEnds = new HashMap<>();

    /** @param requests the fact set's requests (a per-request fee's rank in the month is counted among them) */
    public Clock(WorkingDayCalendar calendar, AnswerClock answers, LocalDate asOf, List<Request> requests) {
        this.calendar = calendar;
        this.answers = answers;
        this.asOf = asOf;
        this.requests = requests;
    }

    /** The fee bands in force on the request's date. */
    public org.zwgk.rules.fees.FeeCalculator feesFor(Request r) {
        return answers.forRequest(r).fees();
    }

    /** The evaluation date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The request's answer deadline as it stands on the evaluation date (computed once per evaluation). */
    public AnswerDeadline answer(Request r) {
        return deadlines.computeIfAbsent(r, req -> {
            // The rank is counted among the fact set's requests only where a fee needs it (it is a pass over them).
            Integer rank = req.getFee() != null && req.getFee().getNoticeOn() != null ? rankInMonth(req) : null;
            try {
                AnswerDeadline d = Provisional.mark(calendar, answers.computeStrict(req, asOf, rank), asOf);
                provisionalYears.addAll(d.provisionalYears());
                return d;
            } catch (CalendarNotCoveredException e) {
                uncoveredYears.add(e.year());
                return answers.compute(req, asOf, rank);
            }
        });
    }

    /** The date of receipt by channel (OGI-31) on the evaluation date (computed once per evaluation). */
    public AnswerClock.Receipt receipt(Request r) {
        return receipts.computeIfAbsent(r, req -> {
            try {
                return answers.receipt(req, asOf);
            } catch (CalendarNotCoveredException e) {
                uncoveredYears.add(e.year());
                return new AnswerClock.Receipt(null, null, e.getMessage(), null, null);
            }
        });
    }

    /**
     * The request's rank among the same applicant's requests to the same unit received in the same calendar month
     * (按件, FEE 第四条): the fee's own {@code requestsInMonth} if recorded, else counted among the fact set's requests
     * by date of receipt, then id. {@code null} if the applicant or the date of receipt is unknown.
     */
    public Integer rankInMonth(Request r) {
        if (r.getFee() != null && r.getFee().getRequestsInMonth() != null) {
            return r.getFee().getRequestsInMonth();
        }
        LocalDate received = receipt(r).date();
        if (r.getApplicant() == null || received == null) {
            return null;
        }
        YearMonth month = YearMonth.from(received);
        Comparator<Request> order = Comparator.comparing((Request q) -> receipt(q).date()).thenComparing(Request::getId);
        return (int) requests.stream()
                .filter(q -> Objects.equals(q.getApplicant(), r.getApplicant()) && Objects.equals(q.getUnit(), r.getUnit()))
                .filter(q -> receipt(q).date() != null && YearMonth.from(receipt(q).date()).equals(month))
                .filter(q -> order.compare(q, r) <= 0)
                .count();
    }

    /** "自 start 之日起 n 个工作日内". A {@code null} start gives a span that is not covered. */
    public WorkingDaySpan span(LocalDate start, int n) {
        if (start == null) {
            return new WorkingDaySpan(null, n, null, null);
        }
        try {
            LocalDate end = calendar.addWorkingDays(start, n);
            SortedSet<Integer> provisional = calendar.provisionalYearsBetween(start, end);
            if (!provisional.isEmpty()) {
                provisionalYears.addAll(provisional);
                provisionalEnds.computeIfAbsent(end, d -> new TreeSet<>()).addAll(provisional);
            }
            return new WorkingDaySpan(start, n, end, null);
        } catch (CalendarNotCoveredException e) {
            uncoveredYears.add(e.year());
            return new WorkingDaySpan(start, n, null, e.year());
        }
    }

    /** Working days from {@code from} to {@code to} (start not counted), or {@code null} over a calendar gap. */
    public Integer workingDaysBetween(LocalDate from, LocalDate to) {
        try {
            int days = calendar.workingDaysBetween(from, to);
            provisionalYears.addAll(calendar.provisionalYearsBetween(from, to));
            return days;
        } catch (CalendarNotCoveredException e) {
            uncoveredYears.add(e.year());
            return null;
        }
    }

    /** The years the calendar counted provisionally (no notice yet) for a rule during this evaluation. */
    public SortedSet<Integer> provisionalYears() {
        return provisionalYears;
    }

    /**
     * The provisional years a rule's matched object rests on: an answer deadline computed through them, a working-day
     * period (or a {@link Timeliness} built on one) ending on a date computed through them; empty otherwise.
     * A period and a Timeliness are recognised by their last day, so a fixed-date Timeliness ({@link Timeliness#by})
     * that happens to fall due on the very day a provisional period of the same evaluation ends is marked too: a
     * cautious mark, never a missed one.
     */
    public SortedSet<Integer> provisionalYearsOf(Object matched) {
        if (matched instanceof AnswerDeadline d) {
            return new TreeSet<>(d.provisionalYears());
        }
        if (matched instanceof RequestClock c) {
            return new TreeSet<>(c.deadline().provisionalYears());
        }
        if (matched instanceof FeeAssessment) {
            return Collections.emptySortedSet();
        }
        LocalDate end = matched instanceof WorkingDaySpan s ? s.end()
                : matched instanceof Timeliness t ? t.due() : null;
        SortedSet<Integer> years = end == null ? null : provisionalEnds.get(end);
        return years == null ? Collections.emptySortedSet() : years;
    }

    /** The years a rule needed and the calendar lacked during this evaluation. */
    public SortedSet<Integer> uncoveredYears() {
        return uncoveredYears;
    }
}
