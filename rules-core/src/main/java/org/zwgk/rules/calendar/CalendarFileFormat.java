package org.zwgk.rules.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a notice's calendar year as the text of {@code drl/calendar/YYYY.yaml}, in the layout of the files policy
 * staff check line by line against the notice: a comment header, the notice's title, number, date and address, then
 * each holiday in the notice's order with its days off and adjusted working days, one flow list per line.
 */
public final class CalendarFileFormat {
    private CalendarFileFormat() {
    }

    public static String format(CalendarYear y) {
        StringBuilder b = new StringBuilder();
        b.append("# 工作日历 ").append(y.year()).append('：').append(y.notice()).append('\n');
        b.append("# 放假日（holidays）不是工作日；调休上班日（workdays）是工作日；其余日期周一至周五为工作日。\n");
        b.append("# Derived from the State Council notice below. Dates are listed one by one so that a\n");
        b.append("# policy editor can check them against the notice line by line.\n");
        b.append("year: ").append(y.year()).append('\n');
        b.append("notice: ").append(y.notice()).append('\n');
        if (y.number() != null) {
            b.append("number: ").append(y.number()).append('\n');
        }
        if (y.date() != null) {
            b.append("date: ").append(y.date()).append('\n');
        }
        if (y.url() != null) {
            b.append("url: ").append(y.url()).append('\n');
        }
        b.append("holidays:\n");
        for (CalendarYear.Holiday h : y.holidays()) {
            b.append("  - name: ").append(h.name()).append('\n');
            b.append("    off: ").append(list(h.off())).append('\n');
            if (!h.workdays().isEmpty()) {
                b.append("    workdays: ").append(list(h.workdays())).append('\n');
            }
        }
        return b.toString();
    }

    private static String list(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
