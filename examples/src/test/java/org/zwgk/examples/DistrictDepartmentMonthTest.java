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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zwgk.examples.Samples.d;
import static org.zwgk.examples.Samples.expect;
import static org.zwgk.examples.Samples.one;
import static org.zwgk.rules.Status.OPEN;
import static org.zwgk.rules.Status.SATISFIED;
import static org.zwgk.rules.Status.VIOLATION;
import static org.zwgk.rules.Status.WARNING;

/**
 * 双塔区自然资源局, February 2026, judged on 2026-03-10: a well-run month with the lapses a disclosure office would
 * find on reading the ledger — one late answer, a letter confirmed a day late, a fee over the standard, a "零" report
 * two days late, an interpretation published after its document and a nine-day silence of the WeChat account over
 * Spring Festival.
 */
class DistrictDepartmentMonthTest {
    private static Evaluation ev;

    @BeforeAll
    static void evaluate() {
        ev = Samples.evaluate(Samples.DISTRICT, Samples.DISTRICT_AS_OF);
    }

    @Test
    void theBreachesAreExactlyTheDeliberateLapses() {
        assertEquals(List.of(
                "FEE request:ZRJ-2026-010 -",
                "OGI-31 request:ZRJ-2026-012 2026-02-10",
                "OGI-33 request:ZRJ-2026-004 2026-02-24",
                "SHT26-1.2a unit:sta-zrj 2026-01-20",
                "SHT26-3 document:STZF-2026-5 2026-02-12",
                "SHT26-9b account:sta-zrj-wx 2026-02-21"), Samples.withStatus(ev, VIOLATION), Samples.all(ev));
        assertEquals(List.of(), Samples.withStatus(ev, Status.INCOMPLETE), "the sample records every fact the rules ask for");
    }

    @Test
    void theRequestsKeepTheirOutcomes() {
        // received 2026-01-20; 20 working days across Spring Festival (2026-02-15..23 off, 02-14 worked) → 2026-02-24
        expect(ev, "OGI-33", "request:ZRJ-2026-004", VIOLATION, d("2026-02-24"));
        expect(ev, "OGI-33", "request:ZRJ-2026-007", SATISFIED, d("2026-03-06"));
        expect(ev, "OGI-33", "request:ZRJ-2026-008", OPEN, d("2026-03-18"));      // counted from the corrected request
        expect(ev, "OGI-33", "request:ZRJ-2026-009", OPEN, d("2026-03-30"));      // 15 working days' extension
        expect(ev, "OGI-33", "request:ZRJ-2026-011", WARNING, d("2026-03-12"));   // 2 working days left
        expect(ev, "OGI-31", "request:ZRJ-2026-012", VIOLATION, d("2026-02-10")); // letter arrived 02-10, confirmed 02-11
        assertTrue(one(ev, "FEE", "request:ZRJ-2026-010", null).message().contains("按量收取1800元")
                && one(ev, "FEE", "request:ZRJ-2026-010", null).message().contains("1700元"));
        assertEquals(VIOLATION, one(ev, "FEE", "request:ZRJ-2026-010", null).status());
    }

    @Test
    void everyZeroReportOfTheYearIsInOneTwoDaysLate() {
        for (String due : List.of("2026-01-10", "2026-01-30", "2026-02-10", "2026-02-20", "2026-02-28", "2026-03-10")) {
            expect(ev, "SHT26-1.2a", "unit:sta-zrj", SATISFIED, d(due));
        }
        assertTrue(one(ev, "SHT26-1.2a", "unit:sta-zrj", d("2026-01-20")).message().contains("实际2026-01-22报送"));
    }

    @Test
    void theContactPersonIsNamedAndTheFirstQuarterReportIsStillToCome() {
        expect(ev, "SHT26-5.3", "unit:sta-zrj", SATISFIED, null);
        expect(ev, "SHT26-5.3", "unit:sta-zrj", OPEN, d("2026-03-31"));
    }

    @Test
    void theAnnualReportFor2025WasPublishedInTimeWithEveryPart() {
        expect(ev, "OGI-49", "annual-report:ZRJ-ND-2025", SATISFIED, d("2026-01-31"));
        expect(ev, "OGI-50", "annual-report:ZRJ-ND-2025", SATISFIED, null);
        assertTrue(Samples.of(ev, "OGI-49", "unit:sta-zrj").isEmpty(), Samples.all(ev));
    }

    @Test
    void theNormativeDocumentWasInterpretedInStepTheGovernmentDocumentWasNot() {
        expect(ev, "SHT26-3", "document:STZBF-2026-3", SATISFIED, d("2026-01-19"));  // submitted for review together
        expect(ev, "SHT26-3", "document:STZBF-2026-3", SATISFIED, d("2026-02-05"));  // published the same day
        expect(ev, "SHT26-3", "document:STZF-2026-5", SATISFIED, d("2026-02-02"));
        assertTrue(one(ev, "SHT26-3", "document:STZF-2026-5", d("2026-02-12")).message().contains("解读材料发布（2026-02-26）晚于文件发布（2026-02-12）"));
        expect(ev, "OGI-26", "document:STZBF-2026-3", SATISFIED, d("2026-03-09"));
        expect(ev, "OGI-26", "document:STZRJ-2026-2", SATISFIED, d("2026-03-13"));
        expect(ev, "OGI-26", "document:STZRJ-2026-6", OPEN, d("2026-04-02"));       // formed 2026-03-05, not yet published
    }

    @Test
    void theWeChatAccountWasSilentNineDaysOverSpringFestival() {
        assertTrue(one(ev, "SHT26-9b", "account:sta-zrj-wx", d("2026-02-21")).message().contains("2026-02-14更新后至2026-02-23才再次更新，间隔9天"));
        expect(ev, "WEBCHK-NM", "account:sta-zrj-wx", SATISFIED, d("2026-03-23"));  // within the checklist's two weeks
    }

    @Test
    void publishingCatalogueColumnAndPressConferenceDutiesAreMet() {
        // each item's duty falls due on the day it was submitted
        for (String[] item : new String[][]{{"item:ZRJ-XX-2026-004", "2026-02-04"}, {"item:ZRJ-XX-2026-007", "2026-02-12"},
                {"item:ZRJ-XX-2026-009", "2026-03-03"}}) {
            expect(ev, "SHT26-10", item[0], SATISFIED, d(item[1]));
        }
        expect(ev, "SHT26-2", "catalogue-item:ZRJ-ML-012", SATISFIED, null);
        expect(ev, "SHT26-11", "catalogue-item:ZRJ-ML-012", SATISFIED, null);
        expect(ev, "SHT26-5.1", "unit:sta-zrj", SATISFIED, d("2026-08-05"));
        expect(ev, "SHT26-7", "event:FBH-2026-01", SATISFIED, d("2026-01-27"));
    }

    @Test
    void theDatedDutiesOfMayAreOpen() {
        expect(ev, "SHT26-6", "unit:sta-zrj", OPEN, d("2026-05-31"));
        assertTrue(one(ev, "SHT26-6", "unit:sta-zrj", d("2026-05-31")).message().contains("已报送群众关切问题3条"));
        expect(ev, "SHT26-4", "unit:sta-zrj", OPEN, d("2026-05-15"));
        assertTrue(one(ev, "SHT26-4", "unit:sta-zrj", d("2026-05-15")).message().contains("区政府大院正门两侧"));
    }

    @Test
    void theProgramPrintsWhatNeedsAttentionOnly() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Evaluation printed = MonthOfRequests.run(Samples.DISTRICT, Samples.DISTRICT_AS_OF,
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(printed.findings().stream().noneMatch(f -> f.status() == SATISFIED));
        assertTrue(out.contains("ZRJ-2026-004") && out.contains("逾期5个工作日"), out);
        assertTrue(out.contains("SHT26-9b") && out.contains("间隔9天"), out);
        assertFalse(out.contains("ZRJ-2026-007 "), "the request answered on time needs no attention:\n" + out);
    }
}
