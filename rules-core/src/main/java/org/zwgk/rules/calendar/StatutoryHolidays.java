package org.zwgk.rules.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tyme.lunar.LunarDay;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statutory public holidays of 《全国年节及纪念日放假办法》 ({@code drl/calendar/statutory.yaml}): what a year
 * without a State Council notice is counted with, provisionally. Lunar dates and solar terms are computed with
 * {@code cn.6tail:tyme4j}.
 *
 * @param document         the 办法's title
 * @param revision         the revision in force
 * @param validFrom        the day that revision took effect; a year before it is never counted provisionally
 * @param provisionalYears how many years after the last notice are counted provisionally (0 = none)
 * @param holidays         the holidays, each with its first day and its number of days off
 */
public record StatutoryHolidays(String document, String revision, LocalDate validFrom, int provisionalYears,
                                List<Statutory> holidays) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

    public StatutoryHolidays {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /**
     * One statutory holiday.
     *
     * @param name   e.g. 春节
     * @param clause e.g. 第二条第二项
     * @param starts the first day off: {@code date: "MM-DD"}, {@code lunar: "MM-DD"} or {@code lunar: 除夕}, or
     *               {@code term: 清明}
     * @param days   the number of consecutive days off
     */
    public record Statutory(String name, String clause, Starts starts, int days) {
    }

    /** Exactly one of the three is set. */
    public record Starts(String date, String lunar, String term) {
    }

    /** Reads {@code statutory.yaml}; {@code source} names it in error messages. */
    public static StatutoryHolidays read(InputStream in, String source) {
        StatutoryHolidays s;
        try {
            s = YAML.readValue(in, StatutoryHolidays.class);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read the statutory holidays: " + e.getMessage(), e);
        }
        if (s == null || s.document() == null || s.validFrom() == null || s.holidays().isEmpty()) {
            throw new IllegalArgumentException(source + ": the statutory holidays need 'document', 'validFrom' and 'holidays'");
        }
        if (s.provisionalYears() < 0 || s.provisionalYears() > 2) {
            throw new IllegalArgumentException(source + ": provisionalYears must be 0, 1 or 2, was " + s.provisionalYears());
        }
        for (Statutory h : s.holidays()) {
            if (h.name() == null || h.days() < 1 || h.starts() == null) {
                throw new IllegalArgumentException(source + ": holiday " + h.name() + " needs 'name', 'starts' and 'days' >= 1");
            }
            s.firstDay(h, s.validFrom().getYear()); // fails early on a bad 'starts'
        }
        return s;
    }

    /** The days off of {@code h} in Gregorian {@code year}. */
    public List<LocalDate> daysOff(Statutory h, int year) {
        LocalDate first = firstDay(h, year);
        List<LocalDate> off = new ArrayList<>();
        for (int i = 0; i < h.days(); i++) {
            off.add(first.plusDays(i));
        }
        return off;
    }

    /**
     * The provisional calendar of {@code year}: each statutory holiday's days off, no adjusted working day.
     * Its notice says it is provisional and which notice it waits for.
     */
    public CalendarYear provisionalYear(int year) {
        List<CalendarYear.Holiday> hs = new ArrayList<>();
        for (Statutory h : holidays) {
            hs.add(new CalendarYear.Holiday(h.name(), daysOff(h, year), List.of()));
        }
        return new CalendarYear(year, provisionalNote(year), null, null, null, hs);
    }

    /** 暂按法定节假日推算，待YYYY年国务院办公厅通知发布后以通知为准 */
    public static String provisionalNote(int year) {
        return "暂按法定节假日推算，待" + year + "年国务院办公厅通知发布后以通知为准";
    }

    private LocalDate firstDay(Statutory h, int year) {
        Starts s = h.starts();
        int set = (s.date() == null ? 0 : 1) + (s.lunar() == null ? 0 : 1) + (s.term() == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("holiday " + h.name() + ": 'starts' needs exactly one of date, lunar, term");
        }
        try {
            if (s.date() != null) {
                int[] md = monthDay(s.date(), h);
                return LocalDate.of(year, md[0], md[1]);
            }
            if (s.lunar() != null) {
                SolarDay d;
                if (s.lunar().equals("除夕")) {
                    // the last day of the twelfth lunar month: the day before 正月初一 of the lunar year starting in `year`
                    d = LunarDay.fromYmd(year, 1, 1).next(-1).getSolarDay();
                } else {
                    int[] md = monthDay(s.lunar(), h);
                    d = LunarDay.fromYmd(year, md[0], md[1]).getSolarDay();
                }
                return LocalDate.of(d.getYear(), d.getMonth(), d.getDay());
            }
            SolarDay d = SolarTerm.fromName(year, s.term()).getJulianDay().getSolarDay();
            return LocalDate.of(d.getYear(), d.getMonth(), d.getDay());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("holiday " + h.name() + ": cannot compute its first day in " + year
                    + " from " + s + ": " + e.getMessage(), e);
        }
    }

    private static int[] monthDay(String text, Statutory h) {
        Matcher m = MONTH_DAY.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("holiday " + h.name() + ": '" + text + "' is not MM-DD");
        }
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
