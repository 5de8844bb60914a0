package org.zwgk.rules.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The mainland China working-day calendar (工作日): Monday to Friday, minus the public holidays, plus the
 * adjusted working days (调休上班), as the State Council General Office announces them each year.
 *
 * <p>Counting follows 《政府信息公开条例》 practice for "自…之日起 N 个工作日内": the start day is not counted
 * and the period ends at the end of the N-th working day after it. A date in a year whose notice the
 * calendar does not hold raises {@link CalendarNotCoveredException}; nothing is ever guessed.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final NavigableMap<Integer, CalendarYear> years;
    /** Listed dates: true = working day (调休上班), false = day off. Unlisted dates follow the weekday. */
    private final Map<LocalDate, Boolean> listed;

    private WorkingDayCalendar(Collection<CalendarYear> notices) {
        TreeMap<Integer, CalendarYear> byYear = new TreeMap<>();
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (CalendarYear y : notices) {
            if (byYear.put(y.year(), y) != null) {
                throw new IllegalArgumentException("calendar year " + y.year() + " is defined twice");
            }
            for (CalendarYear.Holiday h : y.holidays()) {
                h.off().forEach(d -> put(days, d, false, y, h));
                h.workdays().forEach(d -> put(days, d, true, y, h));
            }
        }
        this.years = java.util.Collections.unmodifiableNavigableMap(byYear);
        this.listed = Map.copyOf(days);
    }

    private static void put(Map<LocalDate, Boolean> days, LocalDate d, boolean working, CalendarYear y, CalendarYear.Holiday h) {
        Boolean before = days.put(d, working);
        if (before != null && before != working) {
            throw new IllegalArgumentException("calendar " + y.year() + " (" + h.name() + "): " + d
                    + " is listed both as a day off and as a working day");
        }
    }

    /** A calendar of the given notices. */
    public static WorkingDayCalendar of(Collection<CalendarYear> notices) {
        return new WorkingDayCalendar(notices);
    }

    /**
     * Reads one calendar file ({@code YYYY.yaml}).
     *
     * @param source a name for error messages, e.g. the file path
     */
    public static CalendarYear readYear(InputStream in, String source) {
        try {
            CalendarYear y = YAML.readValue(in, CalendarYear.class);
            if (y == null || y.year() < 1949 || y.notice() == null || y.notice().isBlank()) {
                throw new IllegalArgumentException(source + ": a calendar file needs 'year' and 'notice'");
            }
            return y;
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read calendar file: " + e.getMessage(), e);
        }
    }

    /** The notice years this calendar holds, ascending. */
    public SortedSet<Integer> coveredYears() {
        return new TreeSet<>(years.keySet());
    }

    /** The notice of a covered year. */
    public CalendarYear notice(int year) {
        CalendarYear y = years.get(year);
        if (y == null) {
            throw new CalendarNotCoveredException(year);
        }
        return y;
    }

    /** Whether the calendar knows the working days of {@code date}'s year. */
    public boolean covers(LocalDate date) {
        return years.containsKey(date.getYear());
    }

    /** Whether {@code date} is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        Boolean l = listed.get(date);
        if (l != null) {
            return l;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The end of the {@code n}-th working day after {@code start} (the start day is not counted).
     * {@code n == 0} returns {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        requireCovered(start);
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The number of working days {@code d} with {@code from < d <= to}; negative when {@code to} is before
     * {@code from}. So {@code workingDaysBetween(x, addWorkingDays(x, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        requireCovered(from);
        requireCovered(to);
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private void requireCovered(LocalDate date) {
        if (!years.containsKey(date.getYear())) {
            throw new CalendarNotCoveredException(date.getYear());
        }
    }
}
