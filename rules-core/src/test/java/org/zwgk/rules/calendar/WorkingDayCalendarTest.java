package org.zwgk.rules.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The working-day calendar as the files in {@code drl/calendar/} define it. Expected dates are counted by hand from
 * those files (the comments show the count); weekdays were checked against a printed calendar.
 */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CAL = CalendarFiles.calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- counting N working days from a start day ----

    @Test
    void aRequestReceivedOn5February2024IsDueOn8MarchAfterTheSpringFestival() {
        // 2024: 02-10..02-17 off, Sun 02-18 worked. After Mon 02-05: 6,7,8,9 (4), Sun 18 (5), 19-23 (10),
        // 26-29 + Fri 03-01 (15), 03-04..03-08 (20).
        assertEquals(d("2024-03-08"), CAL.addWorkingDays(d("2024-02-05"), 20));
        assertEquals(20, CAL.workingDaysBetween(d("2024-02-05"), d("2024-03-08")));
    }

    @Test
    void theStartDayIsNotCounted() {
        // Mon 2024-03-04 is a working day, yet one working day from it ends on Tuesday.
        assertTrue(CAL.isWorkingDay(d("2024-03-04")));
        assertEquals(d("2024-03-05"), CAL.addWorkingDays(d("2024-03-04"), 1));
        assertEquals(0, CAL.workingDaysBetween(d("2024-03-04"), d("2024-03-04")));
    }

    @Test
    void countingFromAWeekendStartsOnTheNextWorkingDay() {
        assertEquals(d("2024-03-04"), CAL.addWorkingDays(d("2024-03-02"), 1)); // Sat → Mon
        assertEquals(d("2024-03-04"), CAL.addWorkingDays(d("2024-03-03"), 1)); // Sun → Mon
    }

    @ParameterizedTest(name = "addWorkingDays({0}, 0) = {0}")
    @CsvSource({"2024-03-04", "2024-03-02", "2026-02-16", "2026-12-31", "2021-01-01"})
    void addingZeroWorkingDaysReturnsTheStartDayEvenWhenItIsNotAWorkingDay(LocalDate x) {
        assertEquals(x, CAL.addWorkingDays(x, 0));
    }

    @Test
    void aNegativeNumberOfWorkingDaysToAddIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CAL.addWorkingDays(d("2024-03-04"), -1));
    }

    @Test
    void countingBackwardsGivesANegativeNumber() {
        assertEquals(-20, CAL.workingDaysBetween(d("2024-03-08"), d("2024-02-05")));
        assertEquals(-1, CAL.workingDaysBetween(d("2024-03-05"), d("2024-03-04")));
    }

    @Test
    void countingRunsAcrossTheTurnOfACoveredYear() {
        // 2024-12-31 is a Tuesday; 2025-01-01 is 元旦 (off); Thu 01-02 is the first working day of 2025.
        assertEquals(d("2025-01-02"), CAL.addWorkingDays(d("2024-12-31"), 1));
    }

    // ---- 2026 Spring Festival: 02-15..02-23 off, Saturdays 02-14 and 02-28 worked ----

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-02-13, true",  // Fri, ordinary
            "2026-02-14, true",  // Sat, 调休上班
            "2026-02-15, false", // Sun, off
            "2026-02-16, false", // Mon, holiday weekday
            "2026-02-20, false", // Fri, holiday weekday
            "2026-02-21, false", // Sat, off
            "2026-02-23, false", // Mon, last day off
            "2026-02-24, true",  // Tue, back at work
            "2026-02-28, true",  // Sat, 调休上班
            "2026-03-01, false", // Sun, ordinary weekend
    })
    void holidayWeekdaysAreOffAndAdjustedWeekendDaysAreWorked(LocalDate date, boolean working) {
        assertEquals(working, CAL.isWorkingDay(date));
    }

    @Test
    void theAdjustedSaturday14February2026Counts() {
        assertEquals(d("2026-02-14"), CAL.addWorkingDays(d("2026-02-13"), 1));
    }

    @Test
    void springFestival2026HolidayWeekdaysDoNotCount() {
        // Thu 02-12 → Fri 13 (1), Sat 14 (2), then nothing until Tue 24 (3).
        assertEquals(d("2026-02-24"), CAL.addWorkingDays(d("2026-02-12"), 3));
        assertEquals(d("2026-02-24"), CAL.addWorkingDays(d("2026-02-16"), 1));
    }

    @Test
    void aRequestReceived10February2026IsDue16March() {
        // Tue 02-10 → 11,12,13 (3), Sat 14 (4), 24-27 (8), Sat 28 (9), 03-02..03-06 (14), 03-09..03-13 (19), 03-16 (20).
        assertEquals(d("2026-03-16"), CAL.addWorkingDays(d("2026-02-10"), 20));
    }

    @Test
    void bothAdjustedSaturdaysOfSpringFestival2026AreCounted() {
        // (02-13, 02-28]: Sat 14, Tue 24..Fri 27, Sat 28.
        assertEquals(6, CAL.workingDaysBetween(d("2026-02-13"), d("2026-02-28")));
    }

    // ---- 2026 National Day: 09-25..09-27 (中秋) and 10-01..10-07 off, Sun 09-20 and Sat 10-10 worked ----

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-09-20, true",  // Sun, 调休上班
            "2026-09-25, false", // Fri, 中秋节
            "2026-09-28, true",  // Mon
            "2026-10-01, false", // Thu
            "2026-10-05, false", // Mon
            "2026-10-07, false", // Wed
            "2026-10-08, true",  // Thu
            "2026-10-10, true",  // Sat, 调休上班
            "2026-10-11, false", // Sun, ordinary weekend
    })
    void theGoldenWeekIsOffAndItsAdjustedWeekendDaysAreWorked(LocalDate date, boolean working) {
        assertEquals(working, CAL.isWorkingDay(date));
    }

    @Test
    void theAdjustedSunday20September2026Counts() {
        assertEquals(d("2026-09-20"), CAL.addWorkingDays(d("2026-09-18"), 1)); // Fri → Sun 09-20
    }

    @Test
    void aRequestReceived24September2026IsDue29OctoberAfterGoldenWeek() {
        // Thu 09-24 → 28,29,30 (3), Thu 10-08 (4), Fri 9 (5), Sat 10 (6), 12-16 (11), 19-23 (16), 26-29 (20).
        assertEquals(d("2026-10-29"), CAL.addWorkingDays(d("2026-09-24"), 20));
    }

    // ---- addWorkingDays and workingDaysBetween are inverse ----

    @Test
    void addingAndCountingWorkingDaysAreInverseForEveryDayOf2024AndUpTo25Days() {
        List<String> failures = new ArrayList<>();
        for (LocalDate x = d("2024-01-01"); x.getYear() == 2024; x = x.plusDays(1)) {
            LocalDate previous = x;
            for (int n = 0; n <= 25; n++) {
                LocalDate end = CAL.addWorkingDays(x, n);
                if (CAL.workingDaysBetween(x, end) != n) {
                    failures.add(x + "+" + n + "=" + end + " but between=" + CAL.workingDaysBetween(x, end));
                }
                if (CAL.workingDaysBetween(end, x) != -n) {
                    failures.add("between(" + end + ", " + x + ") != -" + n);
                }
                if (n > 0) {
                    // The n-th working day is a working day, later than the (n-1)-th, with none in between.
                    if (!end.isAfter(previous) || !CAL.isWorkingDay(end)) {
                        failures.add(x + "+" + n + "=" + end + " is not a working day after " + previous);
                    }
                    for (LocalDate g = previous.plusDays(1); g.isBefore(end); g = g.plusDays(1)) {
                        if (CAL.isWorkingDay(g)) {
                            failures.add(x + "+" + n + "=" + end + " skips working day " + g);
                        }
                    }
                }
                previous = end;
            }
        }
        assertEquals(List.of(), failures);
    }

    // ---- a year without a State Council notice is never guessed ----

    @Test
    void theCalendarCoversExactly2021To2026() {
        assertEquals(new TreeSet<>(Set.of(2021, 2022, 2023, 2024, 2025, 2026)), CAL.coveredYears());
        assertTrue(CAL.covers(d("2021-01-01")));
        assertTrue(CAL.covers(d("2026-12-31")));
        assertFalse(CAL.covers(d("2020-12-31")));
        assertFalse(CAL.covers(d("2027-01-01")));
    }

    @Test
    void aDateIn2027IsRefusedNamingTheYear() {
        assertNotCovered(2027, () -> CAL.isWorkingDay(d("2027-01-04")));
        assertNotCovered(2027, () -> CAL.addWorkingDays(d("2027-01-04"), 0));
        assertNotCovered(2027, () -> CAL.notice(2027));
    }

    @Test
    void aDateIn2020IsRefusedNamingTheYear() {
        assertNotCovered(2020, () -> CAL.isWorkingDay(d("2020-12-31")));
        assertNotCovered(2020, () -> CAL.workingDaysBetween(d("2020-12-31"), d("2021-01-05")));
        assertNotCovered(2020, () -> CAL.workingDaysBetween(d("2021-01-05"), d("2020-12-31")));
    }

    @Test
    void countingFrom20December2026RunsInto2027() {
        // After Sun 2026-12-20: 21-25 (5), 28-31 (9). The 10th working day would be in 2027.
        assertEquals(d("2026-12-31"), CAL.addWorkingDays(d("2026-12-20"), 9));
        assertNotCovered(2027, () -> CAL.addWorkingDays(d("2026-12-20"), 10));
        assertNotCovered(2027, () -> CAL.addWorkingDays(d("2026-12-20"), 20));
        assertNotCovered(2027, () -> CAL.workingDaysBetween(d("2026-12-20"), d("2027-01-04")));
    }

    private static void assertNotCovered(int year, Executable call) {
        CalendarNotCoveredException e = assertThrows(CalendarNotCoveredException.class, call);
        assertEquals(year, e.year());
        assertTrue(e.getMessage().contains(String.valueOf(year)), e.getMessage());
    }

    // ---- a calendar file that contradicts itself is refused ----

    private static CalendarYear year(String yaml) {
        return WorkingDayCalendar.readYear(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void aDateListedAsBothDayOffAndWorkingDayIsRefused() {
        CalendarYear y = year("""
                year: 2030
                notice: 国务院办公厅关于2030年部分节假日安排的通知
                url: https://www.gov.cn/
                holidays:
                  - name: 春节
                    off: [2030-02-02, 2030-02-03]
                    workdays: [2030-02-03]
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(List.of(y)));
        assertTrue(e.getMessage().contains("2030-02-03"), e.getMessage());
    }

    @Test
    void aDateOffInOneHolidayAndWorkedInAnotherIsRefused() {
        CalendarYear y = year("""
                year: 2030
                notice: 国务院办公厅关于2030年部分节假日安排的通知
                url: https://www.gov.cn/
                holidays:
                  - name: 劳动节
                    off: [2030-05-01]
                  - name: 端午节
                    workdays: [2030-05-01]
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(List.of(y)));
        assertTrue(e.getMessage().contains("2030-05-01"), e.getMessage());
    }

    @Test
    void theSameYearTwiceIsRefused() {
        CalendarYear y = CalendarFiles.read(CalendarFiles.rulesDirectory().resolve("calendar/2024.yaml"));
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(List.of(y, y)));
    }

    @Test
    void aFileWithoutItsNoticeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> year("""
                year: 2030
                holidays: []
                """));
    }
}
