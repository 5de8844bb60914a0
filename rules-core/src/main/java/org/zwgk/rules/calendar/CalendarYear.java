package org.zwgk.rules.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's State Council notice on public holidays (《国务院办公厅关于YYYY年部分节假日安排的通知》),
 * as the calendar file {@code drl/calendar/YYYY.yaml} records it; or, for a year whose notice is not yet out, the
 * provisional year the calendar counts from the statutory holidays (then {@code number}, {@code date} and
 * {@code url} are {@code null}).
 *
 * @param year     the notice year (a notice may also list the last days of the year before)
 * @param notice   the notice's title
 * @param number   the notice's number (发文字号), e.g. 国办发明电〔2025〕7号, or {@code null} if not recorded
 * @param date     the notice's date (成文日期), or {@code null} if not recorded
 * @param url      where the notice is published
 * @param holidays each holiday with its days off and its adjusted working days (调休上班)
 */
public record CalendarYear(int year, String notice, String number, LocalDate date, String url, List<Holiday> holidays) {

    public CalendarYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** A notice without its number and date. */
    public CalendarYear(int year, String notice, String url, List<Holiday> holidays) {
        this(year, notice, null, null, url, holidays);
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
