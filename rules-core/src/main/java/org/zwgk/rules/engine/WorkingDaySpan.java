package org.zwgk.rules.engine;

import java.time.LocalDate;

/**
 * "自 start 之日起 N 个工作日内": the period's last day, or the calendar year it could not be computed for.
 * DRL matches {@code WorkingDaySpan( covered, … )} so a calendar gap never passes for a breach.
 *
 * @param start         the start day (not counted)
 * @param workingDays   N
 * @param end           the end of the N-th working day after start, or {@code null} if the calendar lacks a year
 * @param uncoveredYear the year the calendar lacks, or {@code null}
 */
public record WorkingDaySpan(LocalDate start, int workingDays, LocalDate end, Integer uncoveredYear) {

    public boolean isCovered() {
        return end != null;
    }

    /** Whether an act on {@code date} came after the period (a {@code null} date is not late: it has not happened). */
    public boolean isMissedBy(LocalDate date) {
        return end != null && date != null && date.isAfter(end);
    }

    /** Whether the period is over on {@code asOf} (asOf is after its last day). */
    public boolean isOverOn(LocalDate asOf) {
        return end != null && asOf.isAfter(end);
    }

    public LocalDate getEnd() {
        return end;
    }
}
