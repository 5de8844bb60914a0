package org.zwgk.examples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.Finding;
import org.zwgk.rules.Status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample month gives what a disclosure office would expect, and the program prints it. */
class MonthOfRequestsTest {
    private static Evaluation ev;
    private static String printed;

    @BeforeAll
    static void evaluate() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ev = MonthOfRequests.run(Path.of("facts/district-department-2026-02.json"), LocalDate.of(2026, 3, 10),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        printed = buf.toString(StandardCharsets.UTF_8);
    }

    private static Finding only(String ruleId, String request) {
        List<Finding> f = ev.findings().stream()
                .filter(x -> x.ruleId().equals(ruleId) && x.subjectId().equals(request)).toList();
        assertEquals(1, f.size(), ruleId + " on " + request + ": " + f);
        return f.get(0);
    }

    @Test
    void theRequestAnsweredAfterSpringFestivalDeadlineIsLate() {
        // received 2026-01-20; 20 working days, Spring Festival 2026-02-15..23 off, 2026-02-14 worked → due 2026-02-24
        Finding f = only("OGI-33", "ZRJ-2026-004");
        assertEquals(Status.VIOLATION, f.status());
        assertEquals(LocalDate.of(2026, 2, 24), f.dueDate());
    }

    @Test
    void theCorrectedRequestCountsFromItsCorrection() {
        Finding f = only("OGI-33", "ZRJ-2026-008");
        assertEquals(Status.OPEN, f.status());
        assertEquals(LocalDate.of(2026, 3, 18), f.dueDate());
    }

    @Test
    void theExtendedRequestIsDueFifteenWorkingDaysAfterItsOriginalDate() {
        Finding f = only("OGI-33", "ZRJ-2026-009");
        assertEquals(Status.OPEN, f.status());
        assertEquals(LocalDate.of(2026, 3, 30), f.dueDate());
    }

    @Test
    void theRequestDueInTwoWorkingDaysIsAWarning() {
        Finding f = only("OGI-33", "ZRJ-2026-011");
        assertEquals(Status.WARNING, f.status());
        assertEquals(LocalDate.of(2026, 3, 12), f.dueDate());
    }

    @Test
    void theLetterConfirmedTheDayAfterItArrivedBreaksTheReceiptRule() {
        assertEquals(Status.VIOLATION, only("OGI-31", "ZRJ-2026-012").status());
    }

    @Test
    void satisfiedDutiesAreNotPrinted() {
        assertTrue(ev.findings().stream().noneMatch(f -> f.status() == Status.SATISFIED));
        assertTrue(printed.contains("ZRJ-2026-004") && printed.contains("逾期5个工作日"), printed);
        assertTrue(!printed.contains("ZRJ-2026-007 "), "the request answered on time needs no attention:\n" + printed);
    }
}
