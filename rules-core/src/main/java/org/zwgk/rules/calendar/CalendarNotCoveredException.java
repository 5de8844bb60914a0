package org.zwgk.rules.calendar;

/**
 * A date falls in a year whose State Council holiday notice the calendar does not hold.
 * The calendar never guesses a Monday–Friday week for such a year.
 */
public final class CalendarNotCoveredException extends RuntimeException {
    private final int year;

    public CalendarNotCoveredException(int year) {
        super("工作日历未收录" + year + "年的节假日安排，无法计算工作日 (the working-day calendar does not cover "
                + year + "; add drl/calendar/" + year + ".yaml from the State Council notice)");
        this.year = year;
    }

    /** The year the calendar lacks. */
    public int year() {
        return year;
    }
}
