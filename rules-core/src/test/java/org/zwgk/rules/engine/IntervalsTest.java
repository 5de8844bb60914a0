package org.zwgk.rules.engine;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.engine.Intervals.Anchor;
import org.zwgk.rules.engine.Intervals.Gap;
import org.zwgk.rules.engine.Intervals.Timeline;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void gapsBetweenPostsAndTheRunningGap() {
        Timeline t = Intervals.days(List.of(d("2026-03-12"), d("2026-03-02"), d("2026-03-16")), null, null, d("2026-03-30"), 7);
        assertEquals(3, t.gaps().size());
        Gap first = t.gaps().get(0);
        assertEquals(d("2026-03-02"), first.after());
        assertEquals(10, first.days());
        assertEquals(d("2026-03-09"), first.due());
        assertTrue(first.over());
        assertEquals(List.of(first), t.closedOver());
        Gap running = t.current();
        assertTrue(running.running());
        assertEquals(14, running.days());
        assertEquals(List.of(running), t.currentOver());
        assertEquals(d("2026-03-16"), t.lastAct());
    }

    @Test
    void aGapOfExactlyTheLimitIsNotOver() {
        Timeline t = Intervals.days(List.of(d("2026-03-01"), d("2026-03-08")), null, null, d("2026-03-15"), 7);
        assertTrue(t.isNoneOver());
        assertEquals(List.of(t.current()), t.currentNear(2));
        assertTrue(t.currentNearOn(2, d("2026-03-16")).isEmpty());
    }

    @Test
    void onlyThePlansDaysCount() {
        // last post 2025-12-29; the plan binds from 2026-01-01: its gap counts from 2026-01-01 (after 2025-12-31)
        Timeline t = Intervals.days(List.of(d("2025-12-20"), d("2025-12-29")), null, d("2026-01-01"), d("2026-01-12"), 7);
        assertEquals(1, t.gaps().size());
        Gap g = t.current();
        assertEquals(Anchor.PERIOD, g.afterKind());
        assertEquals(d("2025-12-31"), g.after());
        assertEquals(12, g.days());
        assertEquals(d("2026-01-07"), g.due());
        assertNull(t.lastAct());
    }

    @Test
    void withoutAnEarlierActOrAStartTheFirstActStarts() {
        Timeline t = Intervals.days(List.of(d("2026-03-05")), null, d("2026-01-01"), d("2026-03-06"), 7);
        assertEquals(Anchor.ACT, t.current().afterKind());
        assertEquals(d("2026-03-05"), t.lastAct());
        assertFalse(Intervals.days(List.of(), null, d("2026-01-01"), d("2026-03-06"), 7).isJudged());
    }

    @Test
    void anOpeningStartsTheIntervalAndLaterOpeningsAreNotJudged() {
        Timeline t = Intervals.days(List.of(), d("2026-03-01"), null, d("2026-03-12"), 7);
        assertEquals(Anchor.SINCE, t.current().afterKind());
        assertEquals(11, t.current().days());
        assertFalse(Intervals.days(List.of(), d("2026-04-01"), null, d("2026-03-12"), 7).isJudged());
    }

    @Test
    void monthsEndOnTheSameDayOrTheMonthsLastDay() {
        Timeline t = Intervals.months(List.of(d("2026-01-20"), d("2026-08-05")), d("2025-12-31"), d("2026-01-01"), d("2026-09-01"), 6);
        assertEquals(d("2026-06-30"), t.gaps().get(0).due());
        assertEquals(d("2026-07-20"), t.gaps().get(1).due());
        assertTrue(t.gaps().get(1).over());
        assertEquals(Anchor.PERIOD, t.gaps().get(0).afterKind());
        assertEquals(d("2026-02-28"), Intervals.months(List.of(d("2025-08-31")), null, null, d("2025-09-01"), 6).current().due());
    }

    @Test
    void actsAfterTheEndAreIgnored() {
        Timeline t = Intervals.days(List.of(d("2026-03-01"), d("2026-03-20")), null, null, d("2026-03-10"), 14);
        assertEquals(1, t.gaps().size());
        assertEquals(d("2026-03-01"), t.lastAct());
    }

    @Test
    void earliestIgnoresNull() {
        assertEquals(d("2026-01-01"), Intervals.earliest(null, d("2026-01-01")));
        assertEquals(d("2026-01-01"), Intervals.earliest(d("2026-03-01"), null, d("2026-01-01")));
    }
}
