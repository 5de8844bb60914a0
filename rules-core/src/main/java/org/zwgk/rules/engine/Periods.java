package org.zwgk.rules.engine;

import org.zwgk.rules.Source;
import org.zwgk.rules.facts.Submission;
import org.zwgk.rules.facts.Unit;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The DRL global {@code periods}: the periods of recurring and dated duties, within the plan's year (its source's
 * {@code validFrom}–{@code validTo}) and up to the evaluation date.
 * <ul>
 *   <li>{@code periods.monthly($u, "SHT26", "zero-report-days")}: a report due on given days of each month
 *       ("每月10日、20日、30日"); a day the month lacks is its last day (30日 in February = 28 or 29 February);</li>
 *   <li>{@code periods.months($u, "SHT26")}, {@code periods.quarters($u, "SHT26")}: calendar months and quarters,
 *       due on their last day;</li>
 *   <li>{@code periods.year($u, "HLD24")}: the plan's year, due on its last day;</li>
 *   <li>{@code periods.until($u, "SHT26", periods.date("SHT26", "hot-questions-due"))}: one dated task, from the
 *       plan's first day to its due date;</li>
 *   <li>{@code periods.of("YC21")}: every unit over the plan's year as a {@link UnitPeriod}, for findings about a
 *       unit's record over the year (rates, totals) that are still judged after the year has ended;</li>
 *   <li>{@code periods.previousYears($u, "OGI", "department-report-due", "annual-report-years")}: for a report
 *       on the previous year due on a fixed day each year (OGI-49), the last n such periods up to the evaluation
 *       year, labelled by the year reported on.</li>
 * </ul>
 * Only periods that have begun on the evaluation date are listed: the running one (OPEN until its due date) and
 * those over (judged). A plan binds from its issue date ({@code bindsFrom} in its source.yaml): periods due before
 * it are not listed, so a recurring duty's first period is the first that ends on or after that day. Each is a
 * {@link Period} of the unit.
 */
public final class Periods {
    private final Map<String, Source> sources;
    private final List<Unit> units;
    private final LocalDate asOf;

    public Periods(Map<String, Source> sources, List<Unit> units, LocalDate asOf) {
        this.sources = Map.copyOf(sources);
        this.units = units.stream().filter(Objects::nonNull).toList();
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Every unit over the source's period (from the day it binds — a plan's issue date — to validTo; an open-ended
     * source: the calendar year of the evaluation date), as it stands on the evaluation date; none before the period
     * begins. What happened before the plan was issued does not count in its rates and totals.
     */
    public List<UnitPeriod> of(String source) {
        Source s = source(source);
        LocalDate from = s.bindingFrom();
        LocalDate to = s.validTo();
        if (to == null) {
            LocalDate yearStart = LocalDate.of(asOf.getYear(), 1, 1);
            from = from.isAfter(yearStart) ? from : yearStart;
            to = LocalDate.of(asOf.getYear(), 12, 31);
        }
        if (asOf.isBefore(from)) {
            return List.of();
        }
        LocalDate f = from;
        LocalDate t = to;
        return units.stream().map(u -> new UnitPeriod(u, f, t, asOf)).toList();
    }

    // ---- the plan's year and its dated parameters ----

    /** The first day the source binds. */
    public LocalDate planStart(String source) {
        return source(source).validFrom();
    }

    /** The day the source binds from (a plan's issue date): a period due before it is not the plan's to judge. */
    public LocalDate bindsFrom(String source) {
        return source(source).bindingFrom();
    }

    /** The last day the source binds, or {@code null} if it is open-ended. */
    public LocalDate planEnd(String source) {
        return source(source).validTo();
    }

    /** A date parameter of the source, written {@code value: "2026-05-31"} in its {@code source.yaml}. */
    public LocalDate date(String source, String parameter) {
        Object v = parameter(source, parameter);
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + "." + parameter + " is not a date (YYYY-MM-DD): " + v);
        }
    }

    /** A month-and-day parameter of the source, written {@code value: "01-31"} (each year's 31 January). */
    public MonthDay monthDay(String source, String parameter) {
        Object v = parameter(source, parameter);
        try {
            return MonthDay.parse("--" + v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + "." + parameter + " is not a month and day (MM-DD): " + v);
        }
    }

    // ---- due dates ----

    /**
     * The due dates of a report due on the given days of each month ("每月10日、20日、30日" = 10, 20, 30) within
     * [from, to], in order. A day the month lacks is the month's last day: 30 in February 2026 is 28 February.
     */
    public static List<LocalDate> dueDaysOfMonth(List<Integer> days, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            for (int d : days) {
                if (d < 1 || d > 31) {
                    throw new IllegalArgumentException("not a day of the month: " + d);
                }
                LocalDate due = m.atDay(Math.min(d, m.lengthOfMonth()));
                if (!due.isBefore(from) && !due.isAfter(to)) {
                    out.add(due);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The last days of the months within [from, to], in order. */
    public static List<LocalDate> monthEnds(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            if (!end.isBefore(from) && !end.isAfter(to)) {
                out.add(end);
            }
        }
        return out;
    }

    /** The last days of the quarters (31 March, 30 June, 30 September, 31 December) within [from, to], in order. */
    public static List<LocalDate> quarterEnds(LocalDate from, LocalDate to) {
        return monthEnds(from, to).stream().filter(d -> d.getMonthValue() % 3 == 0).toList();
    }

    // ---- the periods of one unit ----

    /**
     * The periods of a report due on given days of each month; the days are the source's list parameter
     * (e.g. {@code zero-report-days: [10, 20, 30]}). A period runs from the day after the previous due date (or the
     * plan's first day) to its due date.
     */
    public List<Period> monthly(Unit unit, String source, String daysParameter) {
        List<Integer> days = integers(source, daysParameter);
        LocalDate from = planStart(source);
        List<Period> out = new ArrayList<>();
        LocalDate start = from;
        for (LocalDate due : dueDaysOfMonth(days, from, horizon(source))) {
            if (start.isAfter(asOf)) {
                break;
            }
            if (due.isBefore(bindsFrom(source))) {
                start = due.plusDays(1);
                continue;
            }
            out.add(new Period(unit.getId(), start, due, chinese(due) + "报送期（" + monthDay(start) + "至" + monthDay(due) + "）"));
            start = due.plusDays(1);
        }
        return out;
    }

    /**
     * The periods of a schedule named in words, as a duty template's row gives it: {@code months}, {@code quarters},
     * {@code year}, {@code days-of-month:PARAM} (a report due on the days of each month the source's list parameter
     * PARAM gives, as {@link #monthly}), {@code until:PARAM} (one task due on the source's date parameter PARAM, as
     * {@link #until}).
     */
    public List<Period> schedule(Unit unit, String source, String schedule) {
        String s = schedule == null ? "" : schedule.strip();
        int colon = s.indexOf(':');
        String kind = colon < 0 ? s : s.substring(0, colon).strip();
        String parameter = colon < 0 ? null : s.substring(colon + 1).strip();
        switch (kind) {
            case "months":
                return months(unit, source);
            case "quarters":
                return quarters(unit, source);
            case "year":
                return year(unit, source);
            case "days-of-month":
                if (parameter != null && !parameter.isEmpty()) return monthly(unit, source, parameter);
                break;
            case "until":
                if (parameter != null && !parameter.isEmpty()) return until(unit, source, date(source, parameter));
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("unknown schedule '" + schedule + "' of " + source
                + " (known: months, quarters, year, days-of-month:PARAM, until:PARAM)");
    }

    /** The calendar months of the plan's year that have begun, each due on its last day. */
    public List<Period> months(Unit unit, String source) {
        List<Period> out = new ArrayList<>();
        for (LocalDate end : monthEnds(planStart(source), horizon(source))) {
            LocalDate start = max(end.withDayOfMonth(1), planStart(source));
            if (start.isAfter(asOf)) {
                break;
            }
            if (end.isBefore(bindsFrom(source))) {
                continue;
            }
            out.add(new Period(unit.getId(), start, end, end.getYear() + "年" + end.getMonthValue() + "月"));
        }
        return out;
    }

    /** The quarters of the plan's year that have begun, each due on its last day. */
    public List<Period> quarters(Unit unit, String source) {
        List<Period> out = new ArrayList<>();
        for (LocalDate end : quarterEnds(planStart(source), horizon(source))) {
            LocalDate start = max(end.minusMonths(2).withDayOfMonth(1), planStart(source));
            if (start.isAfter(asOf)) {
                break;
            }
            if (end.isBefore(bindsFrom(source))) {
                continue;
            }
            out.add(new Period(unit.getId(), start, end, end.getYear() + "年第" + (end.getMonthValue() / 3) + "季度"));
        }
        return out;
    }

    /** The plan's year (validFrom–validTo) once it has begun: one period due on its last day. */
    public List<Period> year(Unit unit, String source) {
        LocalDate start = planStart(source);
        LocalDate end = planEnd(source);
        if (end == null) {
            throw new IllegalArgumentException("source " + source + " has no validTo: it has no plan year");
        }
        if (start.isAfter(asOf)) {
            return List.of();
        }
        String label = start.getYear() == end.getYear() ? start.getYear() + "年" : chinese(start) + "至" + chinese(end);
        return List.of(new Period(unit.getId(), start, end, label));
    }

    /** A dated task of the plan ("2026年5月底前"): one period from the plan's first day to the due date. */
    public List<Period> until(Unit unit, String source, LocalDate due) {
        LocalDate start = planStart(source);
        if (start.isAfter(asOf) || due.isBefore(start) || due.isBefore(bindsFrom(source))) {
            return List.of();
        }
        return List.of(new Period(unit.getId(), start, due, chinese(due) + "前"));
    }

    /**
     * A report on the previous year due on a fixed day each year (the source's month-and-day parameter, e.g.
     * {@code "01-31"}): the periods of the last n years up to the evaluation year (n = the source's whole-number
     * parameter {@code yearsParameter}), each from 1 January to the due date and labelled by the year reported on
     * ({@code 2025年度}). Years whose due date is before the source binds are left out.
     */
    public List<Period> previousYears(Unit unit, String source, String dueParameter, String yearsParameter) {
        MonthDay due = monthDay(source, dueParameter);
        Object n = parameter(source, yearsParameter);
        if (!(n instanceof Number years) || years.intValue() < 1) {
            throw new IllegalArgumentException(source + "." + yearsParameter + " is not a whole number of years: " + n);
        }
        List<Period> out = new ArrayList<>();
        for (int y = asOf.getYear() - years.intValue() + 1; y <= asOf.getYear(); y++) {
            LocalDate end = due.atYear(y);
            if (end.isBefore(bindsFrom(source)) || (planEnd(source) != null && end.isAfter(planEnd(source)))) {
                continue;
            }
            out.add(new Period(unit.getId(), LocalDate.of(y, 1, 1), end, (y - 1) + "年度"));
        }
        return out;
    }

    // ---- what was submitted for a period ----

    /** The earliest dated submission of the list, or {@code null} if none has a date. */
    public Submission earliest(Collection<?> submissions) {
        return submissions.stream().filter(Submission.class::isInstance).map(Submission.class::cast)
                .filter(s -> s.getSubmittedOn() != null)
                .min(Comparator.comparing(Submission::getSubmittedOn).thenComparing(Submission::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
    }

    /** The sum of the counts of the submissions (those without a count add nothing; see {@link #uncounted}). */
    public int total(Collection<?> submissions) {
        return submissions.stream().filter(Submission.class::isInstance).map(Submission.class::cast)
                .map(Submission::getCount).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    /** How many of the submissions lack a count. */
    public int uncounted(Collection<?> submissions) {
        return (int) submissions.stream().filter(Submission.class::isInstance).map(Submission.class::cast)
                .filter(s -> s.getCount() == null).count();
    }

    /** A date in Chinese: {@code 2026年3月10日}. */
    public String chinese(LocalDate d) {
        return d.getYear() + "年" + monthDay(d);
    }

    // ---- internals ----

    /** The last date periods are listed to: the plan's last day, or for an open-ended source a year past asOf. */
    private LocalDate horizon(String source) {
        LocalDate end = planEnd(source);
        return end != null ? end : asOf.plusYears(1);
    }

    private static String monthDay(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private Source source(String code) {
        Source s = sources.get(code);
        if (s == null) {
            throw new IllegalArgumentException("no source '" + code + "' in the rule set");
        }
        return s;
    }

    private Object parameter(String source, String name) {
        Source.Parameter p = source(source).parameters().get(name);
        if (p == null) {
            throw new IllegalArgumentException("source " + source + " has no parameter '" + name + "'");
        }
        return p.value();
    }

    private List<Integer> integers(String source, String name) {
        Object v = parameter(source, name);
        if (v instanceof Collection<?> c && !c.isEmpty() && c.stream().allMatch(x -> x instanceof Integer)) {
            return c.stream().map(Integer.class::cast).toList();
        }
        throw new IllegalArgumentException(source + "." + name + " is not a list of days of the month such as [10, 20, 30]: " + v);
    }
}
