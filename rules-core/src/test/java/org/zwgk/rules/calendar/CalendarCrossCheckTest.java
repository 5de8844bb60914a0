package org.zwgk.rules.calendar;

import com.tyme.holiday.LegalHoliday;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar files agree, day by day, with an independently maintained table of the State Council notices
 * (the {@code cn.6tail:tyme4j} library's legal holidays), and each file names the notice it was taken from.
 */
class CalendarCrossCheckTest {

    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    @Test
    void everyDateFrom2021To2026IsAWorkingDayExactlyWhenTyme4jSaysSo() {
        WorkingDayCalendar cal = CalendarFiles.calendar();
        List<String> mismatches = new ArrayList<>();
        int days = 0;
        int listed = 0;
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            days++;
            LegalHoliday h = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            if (h != null) {
                listed++;
            }
            boolean expected = h != null ? h.isWork() : isMondayToFriday(d);
            boolean actual = cal.isWorkingDay(d);
            if (expected != actual) {
                mismatches.add(d + " (" + d.getDayOfWeek() + ", tyme4j: " + (h == null ? "not listed" : h.getName()
                        + (h.isWork() ? " 班" : " 休")) + ") calendar says " + (actual ? "working day" : "day off"));
            }
        }
        assertEquals(2191, days, "2021-2026 has 6 years of 365 days plus 29 February 2024");
        // The notices list some 35 dates a year; far fewer would mean the reference table is empty or unread.
        assertTrue(listed > 6 * 25, "tyme4j lists only " + listed + " holiday dates in 2021-2026");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " dates disagree with tyme4j:\n" + String.join("\n", mismatches));
    }

    @Test
    void everyCalendarFileNamesItsStateCouncilNoticeAndItsYear() {
        List<Path> files = CalendarFiles.files();
        assertFalse(files.isEmpty(), "no calendar files under " + CalendarFiles.rulesDirectory());
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            CalendarYear y = CalendarFiles.read(f);
            String name = f.getFileName().toString();
            if (!name.equals(y.year() + ".yaml")) {
                problems.add(name + ": year is " + y.year());
            }
            if (y.notice() == null || y.notice().isBlank() || !y.notice().contains(y.year() + "年")) {
                problems.add(name + ": notice does not name " + y.year() + "年: " + y.notice());
            }
            if (y.url() == null || y.url().isBlank() || !y.url().contains("gov.cn")) {
                problems.add(name + ": url is not a gov.cn address: " + y.url());
            }
            if (y.holidays().isEmpty()) {
                problems.add(name + ": no holidays");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyListedDateBelongsToItsNoticeYearOrTheEndOfTheYearBefore() {
        // A notice may start 元旦 on 31 December of the year before (2023's notice lists 2022-12-31), nothing else.
        List<String> problems = new ArrayList<>();
        for (Path f : CalendarFiles.files()) {
            CalendarYear y = CalendarFiles.read(f);
            for (CalendarYear.Holiday h : y.holidays()) {
                List<LocalDate> all = new ArrayList<>(h.off());
                all.addAll(h.workdays());
                for (LocalDate d : all) {
                    boolean ok = d.getYear() == y.year() || (d.getYear() == y.year() - 1 && d.getMonthValue() == 12);
                    if (!ok) {
                        problems.add(f.getFileName() + " " + h.name() + ": " + d);
                    }
                }
                for (LocalDate w : h.workdays()) {
                    if (isMondayToFriday(w)) {
                        problems.add(f.getFileName() + " " + h.name() + ": adjusted working day " + w + " is a weekday");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean isMondayToFriday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
