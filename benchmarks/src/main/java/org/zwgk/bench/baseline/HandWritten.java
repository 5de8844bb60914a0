package org.zwgk.bench.baseline;

import org.zwgk.rules.Rulebook;
import org.zwgk.rules.Status;
import org.zwgk.rules.calendar.CalendarNotCoveredException;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.deadline.AnswerClock;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.deadline.DeadlineRules;
import org.zwgk.rules.engine.Params;
import org.zwgk.rules.facts.Account;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Submission;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The limit: the checks of one slice of the catalogue written straightforwardly in Java, without a rule engine —
 * OGI-30, OGI-31, OGI-33 (request deadlines), SHT26-9b (new-media accounts updated at least every 7 days) and
 * SHT26-1.2a ("零" reports on the 10th, 20th and 30th of each month). It uses the library's working-day calendar and
 * answer clock as the rules do (the baseline is "no rule engine", not "no calendar"), reads the same parameters from
 * the rule set's {@code source.yaml} files, and produces the same findings (rule id, subject, status, due date) as
 * the rulebook restricted to those ids: {@code HandWrittenTest} checks that on the standard facts.
 * Messages and details are not built (a finding here is its four judged fields).
 */
public final class HandWritten {
    /** The catalogue ids this evaluator covers. */
    public static final Set<String> RULE_IDS = Set.of("OGI-30", "OGI-31", "OGI-33", "SHT26-9b", "SHT26-1.2a");

    /** One judged result. */
    public record Result(String ruleId, String subject, Status status, LocalDate due) {
    }

    private static final String NATIONAL = "000000";

    private final WorkingDayCalendar calendar;
    private final AnswerClock clock;
    private final LocalDate ogiFrom;
    private final int correctionDays;
    private final int warningDays;
    private final String shtJurisdiction;
    private final LocalDate shtFrom;
    private final LocalDate shtTo;
    private final int updateInterval;
    private final int updateWarning;
    private final int[] zeroReportDays;

    public HandWritten(Rulebook book) {
        Params params = new Params(book.sources());
        this.calendar = book.calendar();
        this.clock = new AnswerClock(calendar, DeadlineRules.from(params), new org.zwgk.rules.fees.FeeCalculator(org.zwgk.rules.fees.FeeSchedule.from(params)));
        this.ogiFrom = params.validFrom("OGI");
        this.correctionDays = params.integer("OGI", "correction-notice-working-days");
        this.warningDays = params.integer("OGI", "warning-working-days");
        this.shtJurisdiction = book.sources().get("SHT26").jurisdiction();
        this.shtFrom = params.validFrom("SHT26");
        this.shtTo = params.validTo("SHT26");
        this.updateInterval = params.integer("SHT26", "newmedia-update-interval-days");
        this.updateWarning = params.integer("SHT26", "newmedia-warning-days");
        this.zeroReportDays = ((Collection<?>) params.get("SHT26", "zero-report-days").value()).stream()
                .mapToInt(o -> ((Number) o).intValue()).toArray();
    }

    /** Every result of the slice for the fact set on {@code asOf}, in no particular order. */
    public List<Result> evaluate(FactSet facts, LocalDate asOf) {
        List<Result> out = new ArrayList<>();
        Map<String, Unit> units = new HashMap<>();
        for (Unit u : facts.getUnits()) {
            units.put(u.getId(), u);
        }
        for (Request r : facts.getRequests()) {
            LocalDate when = r.referenceDate() != null ? r.referenceDate() : asOf;
            if (!when.isBefore(ogiFrom)) {
                request(r, asOf, out);
            }
        }
        if (inForce(asOf) && facts.carries("accounts")) {
            for (Account a : facts.getAccounts()) {
                if (binds(units.get(a.getUnit()))) {
                    account(a, asOf, out);
                }
            }
        }
        if (facts.carries("submissions")) {
            for (Unit u : facts.getUnits()) {
                if (u.getKind() != UnitKind.GOVERNMENT && binds(u)) {
                    zeroReports(u, facts.getSubmissions(), asOf, out);
                }
            }
        }
        return out;
    }

    // ---- OGI-30, OGI-31, OGI-33 ----

    private void request(Request r, LocalDate asOf, List<Result> out) {
        String subject = "request:" + r.getId();
        AnswerClock.Receipt receipt = clock.receipt(r, asOf);
        // OGI-31: receipt by channel; a confirmation owed (a letter: the day it arrives; online or fax: within a
        // working day) and made late or never is a breach, and receipt stays the day it was owed.
        boolean late = receipt.isConfirmedLateOn(asOf);
        if (late) {
            out.add(new Result("OGI-31", subject, Status.VIOLATION, receipt.confirmationOwedOn()));
        } else if (r.getChannel() == Channel.POST_UNSIGNED && r.getLetterArrivedOn() != null && r.getConfirmedOn() != null) {
            out.add(new Result("OGI-31", subject, Status.SATISFIED, r.getLetterArrivedOn()));
        }
        if (r.getChannel() == Channel.POST_UNSIGNED && r.getLetterArrivedOn() == null && r.getConfirmedOn() != null) {
            out.add(new Result("OGI-31", subject, Status.INCOMPLETE, null));
        }
        if (receipt.confirmationOwedOn() != null && receipt.confirmedOn() == null && !late) {
            out.add(new Result("OGI-31", subject, Status.OPEN, receipt.confirmationOwedOn()));
        }
        if (receipt.date() == null && receipt.confirmationOwedOn() == null) {
            out.add(new Result("OGI-31", subject, Status.INCOMPLETE, null));
        } else if (receipt.date() != null && r.getChannel() != null && r.getChannel() != Channel.POST_UNSIGNED
                && (receipt.confirmedOn() != null || receipt.confirmationOwedOn() == null) && !late) {
            out.add(new Result("OGI-31", subject, Status.SATISFIED, null));
        }
        // OGI-30: the correction notice within 7 working days of receipt.
        if (r.getCorrectionNoticeOn() != null && receipt.date() != null) {
            LocalDate end = addWorkingDays(receipt.date(), correctionDays);
            if (end != null) {
                out.add(new Result("OGI-30", subject, end.isBefore(r.getCorrectionNoticeOn()) ? Status.VIOLATION : Status.SATISFIED, end));
            }
        }
        // OGI-33: the answer within 20 working days (pauses, extension).
        AnswerDeadline d;
        try {
            d = clock.computeStrict(r, asOf);
        } catch (CalendarNotCoveredException e) {
            d = clock.compute(r, asOf);
        }
        LocalDate due = d.due();
        switch (d.state()) {
            case ANSWERED -> {
                if (d.answeredOn() != null && due != null) {
                    out.add(new Result("OGI-33", subject, d.answeredOn().isAfter(due) ? Status.VIOLATION : Status.SATISFIED, due));
                }
            }
            case RUNNING -> {
                if (due != null && due.isBefore(asOf)) {
                    out.add(new Result("OGI-33", subject, Status.VIOLATION, due));
                } else if (due != null) {
                    if (d.pausedOn(asOf)) {
                        out.add(new Result("OGI-33", subject, Status.OPEN, due));
                    } else if (d.workingDaysLeft() != null) {
                        out.add(new Result("OGI-33", subject, d.workingDaysLeft() <= warningDays ? Status.WARNING : Status.OPEN, due));
                    }
                }
            }
            case AWAITING_CORRECTION -> out.add(new Result("OGI-33", subject, Status.OPEN, null));
            case ABANDONED -> out.add(new Result("OGI-33", subject, Status.SATISFIED, null));
            case INCOMPLETE -> out.add(new Result("OGI-33", subject, Status.INCOMPLETE, null));
        }
        if (r.getExtension() != null && d.extensionProblem() != null) {
            out.add(new Result("OGI-33", subject, Status.VIOLATION, d.originalDue()));
        }
    }

    private LocalDate addWorkingDays(LocalDate start, int n) {
        try {
            return calendar.addWorkingDays(start, n);
        } catch (CalendarNotCoveredException e) {
            return null;
        }
    }

    // ---- SHT26-9b: a post at least every 7 days, from the plan's first day to the evaluation date ----

    private void account(Account a, LocalDate asOf, List<Result> out) {
        String subject = "account:" + a.getId();
        LocalDate to = earliest(earliest(asOf, shtTo), a.getClosedOn());
        LocalDate[] posts = a.getPosts().stream().filter(d -> d != null && !d.isAfter(to)).distinct().sorted().toArray(LocalDate[]::new);
        LocalDate boundary = shtFrom.minusDays(1);
        // The start of the judged period: the opening (an account that never posted), the day before the plan's
        // first day (posts before it, or an opening before it), else the first post.
        LocalDate start;
        if (a.getPosts().isEmpty() && a.getOpenedOn() != null) {
            start = a.getOpenedOn().isAfter(boundary) ? a.getOpenedOn() : boundary;
        } else if (posts.length > 0 && !posts[0].isAfter(boundary)) {
            start = boundary;
        } else {
            start = posts.length > 0 ? posts[0] : null;
        }
        if (start == null || start.isAfter(to)) {
            if (a.getOpenedOn() == null && a.getClosedOn() == null) {
                out.add(new Result("SHT26-9b", subject, Status.INCOMPLETE, null));
            }
            return;
        }
        boolean anyOver = false;
        LocalDate after = start;
        for (LocalDate post : posts) {
            if (!post.isAfter(start)) {
                continue;
            }
            LocalDate due = after.plusDays(updateInterval);
            if (post.isAfter(due)) {
                out.add(new Result("SHT26-9b", subject, Status.VIOLATION, due));
                anyOver = true;
            }
            after = post;
        }
        LocalDate due = after.plusDays(updateInterval);
        if (to.isAfter(due)) {
            out.add(new Result("SHT26-9b", subject, Status.VIOLATION, due));
        } else if (to.equals(asOf) && !to.isBefore(due.minusDays(updateWarning))) {
            out.add(new Result("SHT26-9b", subject, Status.WARNING, due));
        } else if (!anyOver) {
            out.add(new Result("SHT26-9b", subject, Status.SATISFIED, due));
        }
    }

    // ---- SHT26-1.2a: a "零" report on each 10th, 20th and 30th (last day of February) ----

    private void zeroReports(Unit u, List<Submission> submissions, LocalDate asOf, List<Result> out) {
        String subject = "unit:" + u.getId();
        // The earliest dated zero report of the unit for each period.
        Map<LocalDate, LocalDate> first = new HashMap<>();
        for (Submission s : submissions) {
            if ("ZERO_REPORT".equals(s.getKind()) && u.getId().equals(s.getUnit()) && s.getPeriod() != null
                    && s.getSubmittedOn() != null) {
                first.merge(s.getPeriod(), s.getSubmittedOn(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        LocalDate start = shtFrom;
        for (YearMonth m = YearMonth.from(shtFrom); !m.isAfter(YearMonth.from(shtTo)) && !start.isAfter(asOf); m = m.plusMonths(1)) {
            int length = m.lengthOfMonth();
            int[] days = Arrays.stream(zeroReportDays).map(d -> Math.min(d, length)).distinct().sorted().toArray();
            for (int day : days) {
                LocalDate due = m.atDay(day);
                if (due.isBefore(shtFrom) || due.isAfter(shtTo) || start.isAfter(asOf)) {
                    continue;
                }
                LocalDate submitted = first.get(due);
                if (submitted == null) {
                    out.add(new Result("SHT26-1.2a", subject, asOf.isAfter(due) ? Status.VIOLATION : Status.OPEN, due));
                } else {
                    out.add(new Result("SHT26-1.2a", subject, submitted.isAfter(due) ? Status.VIOLATION : Status.SATISFIED, due));
                }
                start = due.plusDays(1);
            }
        }
    }

    // ---- where and when the plan binds ----

    private boolean inForce(LocalDate d) {
        return !d.isBefore(shtFrom) && !d.isAfter(shtTo);
    }

    private boolean binds(Unit u) {
        return u != null && u.getDivision() != null && u.getDivision().equals(shtJurisdiction);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }
}
