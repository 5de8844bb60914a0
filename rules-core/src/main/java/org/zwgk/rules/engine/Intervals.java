package org.zwgk.rules.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Calendar intervals between acts ("间隔不超过7天至少更新一条内容", "一般不超过6个月"): the gap between each two
 * consecutive acts, and the running gap from the last act to the end of the judged period (an account gone quiet).
 * A gap is the difference of its two dates in calendar days; it is over the limit when the later date is after the
 * earlier date plus the limit (7 days, 6 months), i.e. when the duty's due day passed without an act.
 * <p>
 * The judged period is {@code (start, to]}: {@code to} is the last day judged (the evaluation date, or earlier:
 * the plan's last day, the day an account closed); {@code start} is not counted and is the later of
 * <ul>
 *   <li>{@code since}, the day the duty began to run (an account's opening; for a duty that runs all through the
 *       plan, the day before {@code from}), or, when unknown, the first act; and</li>
 *   <li>the day before {@code from}, the first day a plan binds (so only the gap's days within the plan's year
 *       count; without a plan, {@code from} is {@code null}).</li>
 * </ul>
 * When {@code since} is unknown but an act falls before {@code from}, the duty was already running on {@code from}.
 * Acts outside {@code (start, to]} are ignored.
 */
public final class Intervals {

    /** What the day a gap starts after is. */
    public enum Anchor {
        /** an act (a post, an update, a submission) */
        ACT,
        /** the day the duty began to run (an account's opening) */
        SINCE,
        /** the day before the plan's first day: the gap is counted from the plan's first day */
        PERIOD
    }

    /**
     * One gap.
     *
     * @param after     the day it starts after (not counted)
     * @param afterKind what that day is
     * @param until     the next act, or the end of the judged period when {@code running}
     * @param days      calendar days from {@code after} to {@code until}
     * @param due       the last day the next act was due ({@code after} plus the limit)
     * @param running   no act has ended it: it runs to the end of the judged period
     * @param over      {@code until} is after {@code due}
     */
    public record Gap(LocalDate after, Anchor afterKind, LocalDate until, long days, LocalDate due, boolean running,
                      boolean over) {

        /** The first day of the gap (the day after {@code after}). */
        public LocalDate firstDay() {
            return after.plusDays(1);
        }

        public boolean isRunning() {
            return running;
        }

        public boolean isOver() {
            return over;
        }

        public long getDays() {
            return days;
        }

        public LocalDate getDue() {
            return due;
        }
    }

    /**
     * The gaps of one subject's acts.
     *
     * @param gaps    every gap in order, the running one last; empty when nothing could be judged
     * @param lastAct the last act within the judged period, or {@code null}
     * @param to      the last day judged
     */
    public record Timeline(List<Gap> gaps, LocalDate lastAct, LocalDate to) {

        public LocalDate getLastAct() {
            return lastAct;
        }

        /** Whether there was anything to judge (a start is known and lies before {@code to}). */
        public boolean isJudged() {
            return !gaps.isEmpty();
        }

        /** The gaps between two acts (or from the start to the first act) that exceeded the limit. */
        public List<Gap> closedOver() {
            return gaps.stream().filter(g -> g.over() && !g.running()).toList();
        }

        /** The running gap, or {@code null} when nothing was judged. */
        public Gap current() {
            return gaps.isEmpty() ? null : gaps.get(gaps.size() - 1);
        }

        /** The running gap if it exceeded the limit: the subject has gone quiet. */
        public List<Gap> currentOver() {
            Gap c = current();
            return c != null && c.over() ? List.of(c) : List.of();
        }

        /** The running gap if it is not over but {@code to} is within {@code windowDays} of its due day. */
        public List<Gap> currentNear(int windowDays) {
            Gap c = current();
            return c != null && !c.over() && !to.isBefore(c.due().minusDays(windowDays)) ? List.of(c) : List.of();
        }

        /** {@link #currentNear} if the running gap runs to {@code on} (the evaluation date, not a closing day). */
        public List<Gap> currentNearOn(int windowDays, LocalDate on) {
            return to.equals(on) ? currentNear(windowDays) : List.of();
        }

        /** No gap exceeded the limit. */
        public boolean isNoneOver() {
            return gaps.stream().noneMatch(Gap::over);
        }

        /** No gap exceeded the limit and the running gap is not within {@code windowDays} of its due day. */
        public boolean isClearOf(int windowDays) {
            return isJudged() && isNoneOver() && currentNear(windowDays).isEmpty();
        }

        /**
         * Only the running gap is judged (a check that looks back from its monitoring point, e.g. "监测2周"): it is not
         * over the limit and not within {@code windowDays} of its due day. Older gaps are not looked at.
         */
        public boolean isCurrentClearOf(int windowDays) {
            return isJudged() && !current().over() && currentNear(windowDays).isEmpty();
        }

        /** As {@link #isCurrentClearOf}, with warnings only for a running gap that runs to {@code on}. */
        public boolean isCurrentClearOn(int windowDays, LocalDate on) {
            return isJudged() && !current().over() && currentNearOn(windowDays, on).isEmpty();
        }

        /** As {@link #isClearOf}, with warnings only for a running gap that runs to {@code on}. */
        public boolean isClearOn(int windowDays, LocalDate on) {
            return isJudged() && isNoneOver() && currentNearOn(windowDays, on).isEmpty();
        }
    }

    private Intervals() {
    }

    /** Intervals limited in calendar days ("间隔不超过7天"). */
    public static Timeline days(Collection<LocalDate> acts, LocalDate since, LocalDate from, LocalDate to, int limit) {
        return timeline(acts, since, from, to, limit, ChronoUnit.DAYS);
    }

    /** Intervals limited in calendar months ("一般不超过6个月"): due on the same day of the month, or the month's last day. */
    public static Timeline months(Collection<LocalDate> acts, LocalDate since, LocalDate from, LocalDate to, int limit) {
        return timeline(acts, since, from, to, limit, ChronoUnit.MONTHS);
    }

    /** The earlier of two dates, ignoring {@code null}. */
    public static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }

    /** The earliest of three dates, ignoring {@code null}. */
    public static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        return earliest(earliest(a, b), c);
    }

    private static Timeline timeline(Collection<LocalDate> acts, LocalDate since, LocalDate from, LocalDate to, int limit,
                                     ChronoUnit unit) {
        Objects.requireNonNull(to, "to");
        if (limit < 0) {
            throw new IllegalArgumentException("a limit must not be negative: " + limit);
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (acts != null) {
            acts.stream().filter(Objects::nonNull).filter(d -> !d.isAfter(to)).forEach(dates::add);
        }
        LocalDate boundary = from == null ? null : from.minusDays(1);
        LocalDate start;
        Anchor kind;
        if (since != null) {
            start = since;
            kind = Anchor.SINCE;
        } else if (boundary != null && !dates.isEmpty() && !dates.first().isAfter(boundary)) {
            start = boundary;
            kind = Anchor.PERIOD;
        } else {
            LocalDate first = boundary == null ? (dates.isEmpty() ? null : dates.first()) : dates.higher(boundary);
            start = first;
            kind = Anchor.ACT;
        }
        if (start == null) {
            return new Timeline(List.of(), null, to);
        }
        if (boundary != null && !start.isAfter(boundary)) {
            start = boundary;
            kind = Anchor.PERIOD;
        }
        if (start.isAfter(to)) {
            return new Timeline(List.of(), null, to);
        }
        List<Gap> gaps = new ArrayList<>();
        LocalDate after = start;
        Anchor afterKind = kind;
        LocalDate lastAct = null;
        for (LocalDate act : dates.tailSet(start, false)) {
            gaps.add(gap(after, afterKind, act, false, limit, unit));
            after = act;
            afterKind = Anchor.ACT;
            lastAct = act;
        }
        if (kind == Anchor.ACT && lastAct == null) {
            lastAct = start;
        }
        gaps.add(gap(after, afterKind, to, true, limit, unit));
        return new Timeline(List.copyOf(gaps), lastAct, to);
    }

    private static Gap gap(LocalDate after, Anchor kind, LocalDate until, boolean running, int limit, ChronoUnit unit) {
        LocalDate due = after.plus(limit, unit);
        return new Gap(after, kind, until, ChronoUnit.DAYS.between(after, until), due, running, until.isAfter(due));
    }
}
