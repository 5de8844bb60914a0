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
 * calendar does not hold raises {@link CalendarNotCoveredException}; nothing is ever silently guessed. The one
 * exception is explicit: a calendar built {@linkplain #of(Collection, StatutoryHolidays) with the statutory holidays}
 * counts the year(s) right after its last notice provisionally — weekends plus the statutory days off of
 * 《全国年节及纪念日放假办法》, no adjusted working day — and says so ({@link #isProvisional(int)},
 * {@link #provisionalYearsBetween(LocalDate, LocalDate)}), so every date computed through such a year can be marked.
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
    /** Years counted from the statutory holidays, pending their notice; also keys of {@code years}. */
    private final SortedSet<Integer> provisional;

    private WorkingDayCalendar(Collection<CalendarYear> notices, StatutoryHolidays statutory) {
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
        TreeSet<Integer> pending = new TreeSet<>();
        if (statutory != null && !byYear.isEmpty()) {
            int last = byYear.lastKey();
            for (int year = last + 1; year <= last + statutory.provisionalYears(); year++) {
                if (year < statutory.validFrom().getYear()) {
                    continue;
                }
                CalendarYear y = statutory.provisionalYear(year);
                byYear.put(year, y);
                pending.add(year);
                // a notice's own dates (e.g. 元旦 of the next year listed in the last notice) take precedence
                y.holidays().forEach(h -> h.off().forEach(d -> days.putIfAbsent(d, false)));
            }
        }
        this.years = java.util.Collections.unmodifiableNavigableMap(byYear);
        this.listed = Map.copyOf(days);
        this.provisional = java.util.Collections.unmodifiableSortedSet(pending);
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
        return new WorkingDayCalendar(notices, null);
    }

    /**
     * A calendar of the given notices that also counts the year(s) after the last notice provisionally, from the
     * statutory holidays ({@link StatutoryHolidays#provisionalYears()} of them, none before the 办法's revision took
     * effect). A year before the first notice stays uncovered.
     */
    public static WorkingDayCalendar of(Collection<CalendarYear> notices, StatutoryHolidays statutory) {
        return new WorkingDayCalendar(notices, statutory);
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

    /** The notice years this calendar holds, ascending (not the provisional years). */
    public SortedSet<Integer> coveredYears() {
        TreeSet<Integer> s = new TreeSet<>(years.keySet());
        s.removeAll(provisional);
        return s;
    }

    /** The years counted provisionally from the statutory holidays, pending their notice, ascending. */
    public SortedSet<Integer> provisionalYears() {
        return provisional;
    }

    /** Whether {@code year} is counted provisionally (no notice yet). */
    public boolean isProvisional(int year) {
        return provisional.contains(year);
    }

    /**
     * The provisional years between two dates, both included, in either order: what a count from one to the other
     * (or a period starting at one and ending at the other) walks through.
     */
    public SortedSet<Integer> provisionalYearsBetween(LocalDate a, LocalDate b) {
        if (provisional.isEmpty() || a == null || b == null) {
            return java.util.Collections.emptySortedSet();
        }
        int from = Math.min(a.getYear(), b.getYear());
        int to = Math.max(a.getYear(), b.getYear());
        return new TreeSet<>(provisional.subSet(from, to + 1));
    }

    /** The notice of a covered year (for a provisional year: its statutory days off, the notice naming it provisional). */
    public CalendarYear notice(int year) {
        CalendarYear y = years.get(year);
        if (y == null) {
            throw new CalendarNotCoveredException(year);
        }
        return y;
    }

    /** Whether the calendar knows the working days of {@code date}'s year, from a notice or provisionally. */
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
