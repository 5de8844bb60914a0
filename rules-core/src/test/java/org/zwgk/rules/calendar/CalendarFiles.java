package org.zwgk.rules.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calendar files of the editable rule tree ({@code drl/calendar/YYYY.yaml}), read as the rule set reads them.
 * The tree is {@code System.getProperty("zwgk.drl")}, which the build sets, or {@code ../drl}.
 */
public final class CalendarFiles {
    private static WorkingDayCalendar calendar;

    private CalendarFiles() {
    }

    /** The {@code drl/} directory under test. */
    public static Path rulesDirectory() {
        return Path.of(System.getProperty("zwgk.drl", "../drl")).toAbsolutePath().normalize();
    }

    /** Every notice's file {@code calendar/YYYY.yaml}, sorted by name ({@code statutory.yaml} is not a notice). */
    public static List<Path> files() {
        try (Stream<Path> s = Files.list(rulesDirectory().resolve("calendar"))) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}\\.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file, parsed. */
    public static CalendarYear read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkingDayCalendar.readYear(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code calendar/statutory.yaml}, parsed. */
    public static StatutoryHolidays statutory() {
        Path file = rulesDirectory().resolve("calendar/statutory.yaml");
        try (InputStream in = Files.newInputStream(file)) {
            return StatutoryHolidays.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calendar of every notice's file in the tree (no provisional year), built once. */
    public static synchronized WorkingDayCalendar calendar() {
        if (calendar == null) {
            calendar = WorkingDayCalendar.of(files().stream().map(CalendarFiles::read).toList());
        }
        return calendar;
    }
}
