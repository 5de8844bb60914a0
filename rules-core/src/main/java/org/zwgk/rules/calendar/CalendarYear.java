package org.zwgk.rules.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's State Council notice on public holidays (《国务院办公厅关于YYYY年部分节假日安排的通知》),
 * as the calendar file {@code drl/calendar/YYYY.yaml} records it.
 *
 * @param year     the notice year (a notice may also list the last days of the year before)
 * @param notice   the notice's title
 * @param url      where the notice is published
 * @param holidays each holiday with its days off and its adjusted working days (调休上班)
 */
public record CalendarYear(int year, String notice, String url, List<Holiday> holidays) {

    public CalendarYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /**
     * @param name     the holiday's name, e.g. 春节
     * @param off      the days off (放假), which are not working days
     * @param workdays the adjusted working days (调休上班), usually a Saturday or Sunday, which are working days
     */
    public record Holiday(String name, List<LocalDate> off, List<LocalDate> workdays) {
        public Holiday {
            off = off == null ? List.of() : List.copyOf(off);
            workdays = workdays == null ? List.of() : List.copyOf(workdays);
        }
    }
}
