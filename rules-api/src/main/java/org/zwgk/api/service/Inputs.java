package org.zwgk.api.service;

import org.zwgk.api.error.ApiException;
import org.zwgk.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Checks of query and path parameters, and of the few body fields the library does not check itself. */
public final class Inputs {
    private Inputs() {
    }

    /** An ISO date (yyyy-MM-dd), strictly: 2024-02-30 is refused. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.missing(field);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidDate(field, value);
        }
    }

    /** A date the working-day calendar must cover. */
    public static LocalDate covered(String field, LocalDate date, WorkingDayCalendar calendar) {
        if (date == null) {
            throw ApiException.missing(field);
        }
        if (!calendar.covers(date)) {
            java.util.SortedSet<Integer> years = new java.util.TreeSet<>(calendar.coveredYears());
            years.addAll(calendar.provisionalYears()); // counted provisionally, but counted
            throw ApiException.calendarNotCovered(field, date.getYear(), List.copyOf(years));
        }
        return date;
    }

    /** A whole number in {@code [min, max]}, or {@code null} when absent. */
    public static Integer integer(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "'" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw ApiException.invalid(field, "must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }

    /** A GB/T 2260 division code (six digits, e.g. 211302), or {@code null} when absent. */
    public static String division(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{6}")) {
            throw ApiException.invalid(field, "must be a six-digit GB/T 2260 code such as 211302, was '" + value + "'");
        }
        return value.strip();
    }

    /** Whether {@code division} is {@code area} or lies inside it (211302 lies in 211300 and 210000; all in 000000). */
    public static boolean within(String division, String area) {
        return org.zwgk.rules.Division.within(division, area);
    }

    /** An enum constant by its exact name, or {@code null} when absent; an unknown name lists the allowed ones. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "));
        String reason = "unknown value '" + value + "'; allowed: " + allowed;
        throw new ApiException(400, "unknown_enum", "Unknown value", field + ": " + reason,
                List.of(new org.zwgk.api.error.FieldError(field, reason)));
    }
}
