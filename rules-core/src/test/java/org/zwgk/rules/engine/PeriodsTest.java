package org.zwgk.rules.engine;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.Source;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The periods of recurring and dated duties: due days of the month, month and quarter ends, the plan's year. */
class PeriodsTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    private static final Unit UNIT = new Unit("mzj", "朝阳市双塔区民政局", "211302", UnitKind.DEPARTMENT);

    private static Periods periods(LocalDate asOf) {
        Source plan = new Source("P26", "计划", "区政府办公室", "211302", "双塔区", JAN_1, DEC_31, null,
                Map.of("days", new Source.Parameter(List.of(10, 20, 30), "一、2", "报送日"),
                        "due", new Source.Parameter("2026-05-31", "六", "截止日"),
                        "report-due", new Source.Parameter("01-31", "第四十九条", "年度报告截止日"),
                        "years", new Source.Parameter(2, "—", "回看年数")),
                List.of());
        Source law = new Source("LAW", "条例", "国务院", "000000", "全国", LocalDate.of(2019, 5, 15), null, null,
                Map.of("report-due", new Source.Parameter("01-31", "第四十九条", "年度报告截止日"),
                        "years", new Source.Parameter(10, "—", "回看年数")),
                List.of());
        return new Periods(Map.of("P26", plan, "LAW", law), List.of(), asOf);
    }

    @Test
    void thirtiethInFebruaryIsItsLastDay() {
        assertEquals(List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 28)),
                Periods.dueDaysOfMonth(List.of(10, 20, 30), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2024, 2, 29),
                Periods.dueDaysOfMonth(List.of(30), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)).get(0));
        assertEquals(36, Periods.dueDaysOfMonth(List.of(10, 20, 30), JAN_1, DEC_31).size());
    }

    @Test
    void monthAndQuarterEnds() {
        assertEquals(12, Periods.monthEnds(JAN_1, DEC_31).size());
        assertEquals(List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), DEC_31),
                Periods.quarterEnds(JAN_1, DEC_31));
    }

    @Test
    void monthlyPeriodsRunFromTheDayAfterThePreviousDueDayUpToTheRunningOne() {
        List<Period> p = periods(LocalDate.of(2026, 2, 1)).monthly(UNIT, "P26", "days");
        assertEquals(4, p.size());
        Period running = p.get(3);
        assertEquals(LocalDate.of(2026, 1, 31), running.getStart());
        assertEquals(LocalDate.of(2026, 2, 10), running.getDue());
        assertTrue(p.get(2).isOverOn(LocalDate.of(2026, 2, 1)));
        assertTrue(!running.isOverOn(LocalDate.of(2026, 2, 10)));
        assertEquals("2026年2月10日报送期（1月31日至2月10日）", running.getLabel());
        assertEquals("mzj", running.getUnit());
        assertEquals(running.getDue(), running.referenceDate());
    }

    @Test
    void quartersMonthsAndTheYearListOnlyPeriodsBegunByTheEvaluationDate() {
        Periods p = periods(LocalDate.of(2026, 4, 1));
        assertEquals(List.of("2026年第1季度", "2026年第2季度"), p.quarters(UNIT, "P26").stream().map(Period::getLabel).toList());
        assertEquals(4, p.months(UNIT, "P26").size());
        assertEquals(DEC_31, p.year(UNIT, "P26").get(0).getDue());
        assertEquals(List.of(), periods(LocalDate.of(2025, 12, 31)).year(UNIT, "P26"));
    }

    @Test
    void aDatedTaskRunsFromThePlansFirstDay() {
        Periods p = periods(LocalDate.of(2026, 4, 1));
        Period task = p.until(UNIT, "P26", p.date("P26", "due")).get(0);
        assertEquals(JAN_1, task.getStart());
        assertEquals(LocalDate.of(2026, 5, 31), task.getDue());
        assertThrows(IllegalArgumentException.class, () -> p.date("P26", "days"));
    }

    @Test
    void reportsOnThePreviousYearAreLabelledByTheYearReportedOn() {
        List<Period> p = periods(LocalDate.of(2026, 2, 10)).previousYears(UNIT, "LAW", "report-due", "years");
        assertEquals(LocalDate.of(2020, 1, 31), p.get(0).getDue());   // the first due under the source (from 2019-05-15)
        assertEquals("2025年度", p.get(p.size() - 1).getLabel());
        assertEquals(LocalDate.of(2026, 1, 31), p.get(p.size() - 1).getDue());
        assertEquals(7, p.size());
    }

    @Test
    void aPlanIssuedInJulyJudgesOnlyThePeriodsDueFromItsIssueDate() {
        Source issued = new Source("P26", "计划", "区政府办公室", "211302", "双塔区", JAN_1, DEC_31, LocalDate.of(2026, 7, 19),
                Map.of("days", new Source.Parameter(List.of(10, 20, 30), "一、2", "报送日"),
                        "due", new Source.Parameter("2026-05-31", "六", "截止日")),
                List.of());
        Periods p = new Periods(Map.of("P26", issued), List.of(UNIT), LocalDate.of(2026, 10, 15));

        List<Period> monthly = p.monthly(UNIT, "P26", "days");
        assertEquals(LocalDate.of(2026, 7, 20), monthly.get(0).getDue(), "the first period due on or after 19 July");
        assertEquals(LocalDate.of(2026, 7, 11), monthly.get(0).getStart(), "it runs from the day after the previous due day");
        assertEquals(LocalDate.of(2026, 9, 30), p.quarters(UNIT, "P26").get(0).getDue(), "Q1 and Q2 ended before the plan");
        assertEquals(LocalDate.of(2026, 7, 31), p.months(UNIT, "P26").get(0).getDue());
        assertEquals(List.of(), p.until(UNIT, "P26", LocalDate.of(2026, 5, 31)), "a task due in May cannot be breached");
        assertEquals(LocalDate.of(2026, 7, 19), p.of("P26").get(0).getFrom(), "rates count from the issue date");
    }
}
