package org.zwgk.examples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.Status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwgk.examples.Samples.d;
import static org.zwgk.examples.Samples.expect;
import static org.zwgk.examples.Samples.one;
import static org.zwgk.rules.Status.OPEN;
import static org.zwgk.rules.Status.SATISFIED;
import static org.zwgk.rules.Status.VIOLATION;
import static org.zwgk.rules.Status.WARNING;

/**
 * 双塔区凌河街道办事处, March 2026, judged on the month's last day (2026-03-31): its reports and materials are in,
 * March's interview material is due today, two requests are running (one waits for a third party that is late),
 * one request was reported to the district office two days late and one item went out on last year's review form.
 */
class TownshipMonthTest {
    private static Evaluation ev;

    @BeforeAll
    static void evaluate() {
        ev = Samples.evaluate(Samples.TOWNSHIP, Samples.TOWNSHIP_AS_OF);
    }

    @Test
    void theBreachesAreExactlyTheDeliberateLapses() {
        assertEquals(List.of(
                "SHT26-1.2b request:LHJ-2026-003 2026-03-03",
                "SHT26-10 item:LHJ-XX-2026-013 2026-03-23"), Samples.withStatus(ev, VIOLATION), Samples.all(ev));
        assertEquals(List.of(), Samples.withStatus(ev, Status.INCOMPLETE), "the sample records every fact the rules ask for");
    }

    @Test
    void theTwoRequestsAreRunning() {
        // in person 2026-03-02; the third party got the letter 03-05 and had until 03-26; 16 working days paused
        expect(ev, "OGI-33", "request:LHJ-2026-003", OPEN, d("2026-04-22"));
        expect(ev, "OGI-32", "request:LHJ-2026-003", WARNING, d("2026-03-26"));
        // fax confirmed 2026-03-16; 20 working days across 清明 (2026-04-04..06) → 2026-04-14
        expect(ev, "OGI-33", "request:LHJ-2026-004", OPEN, d("2026-04-14"));
        assertTrue(one(ev, "SHT26-1.2b", "request:LHJ-2026-003", d("2026-03-03")).message().contains("实际2026-03-05上报"));
        expect(ev, "SHT26-1.2b", "request:LHJ-2026-004", SATISFIED, d("2026-03-17"));
    }

    @Test
    void interviewMaterialCameInJanuaryAndFebruaryAndIsDueForMarchToday() {
        expect(ev, "SHT26-5.2", "unit:sta-lhj", SATISFIED, d("2026-01-31"));
        expect(ev, "SHT26-5.2", "unit:sta-lhj", SATISFIED, d("2026-02-28"));
        expect(ev, "SHT26-5.2", "unit:sta-lhj", OPEN, d("2026-03-31"));
    }

    @Test
    void everyZeroReportIsInAndTheQuarterlyContactReportWentWithTheLastOne() {
        for (String due : List.of("2026-01-10", "2026-01-20", "2026-01-30", "2026-02-10", "2026-02-20", "2026-02-28",
                "2026-03-10", "2026-03-20", "2026-03-30")) {
            expect(ev, "SHT26-1.2a", "unit:sta-lhj", SATISFIED, d(due));
        }
        expect(ev, "SHT26-1.2a", "unit:sta-lhj", OPEN, d("2026-04-10"));
        expect(ev, "SHT26-5.3", "unit:sta-lhj", SATISFIED, d("2026-03-31"));
        expect(ev, "SHT26-5.3", "unit:sta-lhj", SATISFIED, null);
    }

    @Test
    void theColumnTheAccountAndTheDocumentsAreUpToDate() {
        expect(ev, "SHT26-5.1", "unit:sta-lhj", SATISFIED, d("2026-09-12"));   // last submitted 2026-03-12
        expect(ev, "SHT26-9b", "account:sta-lhj-wx", SATISFIED, d("2026-04-06"));
        expect(ev, "OGI-26", "document:LHJ-2026-07", SATISFIED, d("2026-03-31"));
        expect(ev, "OGI-26", "document:LHJ-2026-09", SATISFIED, d("2026-04-20"));
        expect(ev, "OGI-26", "document:LHJ-2026-10", OPEN, d("2026-04-27"));  // formed 2026-03-27
        assertTrue(Samples.of(ev, "OGI-26", "document:LHJ-2026-11").isEmpty(), "a document not to be made public has no publication duty");
        expect(ev, "SHT26-10", "item:LHJ-XX-2026-011", SATISFIED, d("2026-03-05"));
        assertTrue(one(ev, "SHT26-10", "item:LHJ-XX-2026-013", d("2026-03-23")).message().contains("“2025版”"));
    }

    @Test
    void theMajorDecisionWasConsultedOnAndItsProcessInformationIsDue() {
        expect(ev, "SHT26-8", "decision:LHJ-JC-2026-01", SATISFIED, d("2026-03-13"));
        expect(ev, "SHT26-8", "decision:LHJ-JC-2026-01", OPEN, d("2026-04-13"));
    }

    @Test
    void theOpenDayIsStillAheadAndDepartmentOnlyDutiesDoNotApply() {
        expect(ev, "SHT26-4", "unit:sta-lhj", OPEN, d("2026-05-15"));
        assertTrue(one(ev, "SHT26-4", "unit:sta-lhj", d("2026-05-15")).message().contains("新媒体"));
        assertTrue(Samples.of(ev, "SHT26-6", "unit:sta-lhj").isEmpty(), "the hot questions are asked of departments");
        assertTrue(Samples.of(ev, "OGI-49", "unit:sta-lhj").isEmpty(), "第四十九条 sets no deadline for a street office");
        expect(ev, "OGI-50", "annual-report:LHJ-ND-2025", SATISFIED, null);
    }

    @Test
    void theProgramRunsOnTheTownshipFile() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        MonthOfRequests.run(Samples.TOWNSHIP, Samples.TOWNSHIP_AS_OF, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("SHT26-5.2") && out.contains("LHJ-2026-004"), out);
    }
}
