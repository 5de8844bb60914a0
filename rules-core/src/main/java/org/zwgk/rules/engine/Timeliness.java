package org.zwgk.rules.engine;

import java.time.LocalDate;

/**
 * Whether an act due by a date was done in time, as it stands on the evaluation date: a result published
 * "自办理完毕之日起20个工作日内", a catalogue updated after a change of functions, a zone set up "2021年底前".
 * Rules build it with {@link #of} (a working-day period from {@code clock.span}) or {@link #by} (a fixed date) and
 * report one outcome per state; an act on the due day is in time.
 *
 * @param doneOn the day the act was done, or {@code null}
 * @param due    the last day it could be done in time, or {@code null} when the calendar lacks a year
 * @param state  where it stands on the evaluation date
 */
public record Timeliness(LocalDate doneOn, LocalDate due, State state) {

    public enum State {
        /** done on or before the due day */
        ON_TIME,
        /** done after the due day */
        LATE,
        /** not done, and the due day has passed */
        MISSED,
        /** not done, and the due day has not passed */
        PENDING,
        /** the period runs into a year the calendar lacks (the evaluation names the year) */
        UNCOVERED
    }

    /** An act due within a working-day period ("自…之日起N个工作日内"). */
    public static Timeliness of(LocalDate doneOn, WorkingDaySpan period, LocalDate asOf) {
        if (period == null || !period.isCovered()) {
            return new Timeliness(doneOn, null, State.UNCOVERED);
        }
        return by(doneOn, period.getEnd(), asOf);
    }

    /** An act due by a fixed date ("2021年底前"). */
    public static Timeliness by(LocalDate doneOn, LocalDate due, LocalDate asOf) {
        if (doneOn != null) {
            return new Timeliness(doneOn, due, doneOn.isAfter(due) ? State.LATE : State.ON_TIME);
        }
        return new Timeliness(null, due, asOf.isAfter(due) ? State.MISSED : State.PENDING);
    }

    public boolean isOnTime() {
        return state == State.ON_TIME;
    }

    public boolean isLate() {
        return state == State.LATE;
    }

    public boolean isMissed() {
        return state == State.MISSED;
    }

    /** Late or missed: the duty is breached. */
    public boolean isOverdue() {
        return state == State.LATE || state == State.MISSED;
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    /** A date parameter of a source, written in {@code source.yaml} as a quoted ISO date ({@code "2021-12-31"}). */
    public static LocalDate dateParam(Params params, String source, String name) {
        Object v = params.value(source, name);
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(source + "." + name + " is not a date (YYYY-MM-DD): " + v, e);
        }
    }
}
