package org.zwgk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.Status;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.report.FilledReport;
import org.zwgk.rules.report.ReportTables;
import org.zwgk.rules.report.RequestRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 双塔区孙家湾镇人民政府's ledger for 2025 (facts/township-ledger-2025.json): fifteen requests, one concluded in 2024,
 * two carried over from 2024, eleven received in 2025, one received only in 2026 (sent online on 30 December,
 * confirmed on 5 January), six appeals. The numbers below were counted by hand from the ledger, request by request;
 * reports/township-2025-filled.json is the same fill as printed by {@code bin/rules report --format json}.
 */
class TownshipAnnualReportTest {
    private static final Path LEDGER = Path.of("facts/township-ledger-2025.json");
    private static FilledReport report;

    @BeforeAll
    static void fill() {
        report = Samples.book().fillAnnualReport(Samples.facts(LEDGER), "sjw", 2025);
    }

    private static List<Integer> row(RequestRow r) {
        return report.tables().getRequests().get(r);
    }

    @Test
    void partThreeIsTheHandCount() {
        //                                 自然人 商业企业 科研 公益 法律 其他 总计
        assertEquals(List.of(6, 1, 1, 1, 1, 1, 11), row(RequestRow.NEW));                 // 001 002 004 006 007 010 | 011 | 003 | 008 | 005 | 009
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), row(RequestRow.CARRIED_OVER));          // 2024-015 | 2024-016
        assertEquals(List.of(2, 0, 0, 1, 0, 0, 3), row(RequestRow.DISCLOSED));             // 2024-015 001 | 008
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), row(RequestRow.PARTLY_DISCLOSED));      // 2024-016
        assertEquals(List.of(0, 0, 0, 0, 1, 0, 1), row(RequestRow.WITHHELD_THIRD_PARTY_RIGHTS));   // 005
        assertEquals(List.of(0, 0, 1, 0, 0, 0, 1), row(RequestRow.WITHHELD_PROCESS_INFORMATION));  // 003
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(RequestRow.UNAVAILABLE_NOT_HELD));  // 002
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(RequestRow.NOT_PROCESSED_PETITION));        // 004
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 1), row(RequestRow.NOT_PROCESSED_REPEATED));        // 009
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(RequestRow.OTHER_NOT_CORRECTED));   // 006: closed after a correction notice
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(RequestRow.OTHER_FEE_UNPAID));      // 007: fee unpaid 20 working days
        assertEquals(List.of(6, 1, 1, 1, 1, 1, 11), row(RequestRow.TOTAL));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), row(RequestRow.CARRIED_FORWARD));       // 010 | 011 (letter of 31 December)
        for (RequestRow r : List.of(RequestRow.WITHHELD_STATE_SECRET, RequestRow.WITHHELD_PROHIBITED_BY_LAW,
                RequestRow.WITHHELD_SECURITY_STABILITY, RequestRow.WITHHELD_INTERNAL_AFFAIRS, RequestRow.WITHHELD_ENFORCEMENT_FILE,
                RequestRow.WITHHELD_ADMINISTRATIVE_QUERY, RequestRow.UNAVAILABLE_NEEDS_CREATION, RequestRow.UNAVAILABLE_STILL_UNCLEAR,
                RequestRow.NOT_PROCESSED_PUBLICATION, RequestRow.NOT_PROCESSED_MASS_REPEATED, RequestRow.NOT_PROCESSED_CONFIRMATION,
                RequestRow.OTHER)) {
            assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), row(r), r.name());
        }
        assertTrue(report.complete(), report.gaps().toString());
    }

    @Test
    void partsTwoAndFourAreTheHandCount() {
        // 复议: 002 维持, 003 维持, 009 filed 2025-12-10 and decided only in 2026 (尚未审结); 2024-011's was filed in 2024
        assertEquals(List.of(2, 0, 0, 1, 3), report.tables().getReviews().getReconsideration());
        assertEquals(List.of(0, 0, 0, 1, 1), report.tables().getReviews().getDirectLitigation());              // 005
        assertEquals(List.of(0, 0, 1, 0, 1), report.tables().getReviews().getLitigationAfterReconsideration()); // 003
        assertEquals(9, report.tables().getProactive().getNormativeDocumentsInForce());
        assertEquals(37, report.tables().getProactive().getLicensingDecisions());
    }

    @Test
    void eachCellNamesTheRequestsItCounts() {
        Map<String, List<String>> ids = report.cells().stream().filter(c -> c.column().equals("总计"))
                .collect(Collectors.toMap(c -> c.part() + c.row(), FilledReport.Cell::ids));
        assertEquals(List.of("SJW-2024-015", "SJW-2024-016"), ids.get("三" + RequestRow.CARRIED_OVER.label()));
        assertEquals(List.of("SJW-2025-010", "SJW-2025-011"), ids.get("三" + RequestRow.CARRIED_FORWARD.label()));
        assertEquals(List.of("SJW-2025-002", "SJW-2025-003", "SJW-2025-009"), ids.get("四四、行政复议"));
        assertTrue(report.cells().stream().noneMatch(c -> c.ids().contains("SJW-2026-001") || c.ids().contains("SJW-2024-011")),
                "received in 2026 by the day both sides confirmed (2026-01-04, the working day its confirmation was owed); concluded in 2024");
    }

    @Test
    void theCommittedFilledReportIsTodaysFill() throws IOException {
        JsonNode committed = MonthOfRequests.JSON.readTree(Files.readAllBytes(Path.of("reports/township-2025-filled.json")));
        assertEquals(committed, MonthOfRequests.JSON.readTree(MonthOfRequests.JSON.writeValueAsString(report)));
    }

    @Test
    void theFilledTablesPassEveryCheckAndTheSubmittedReportsMistakesAreFound() throws IOException {
        FactSet ledger = Samples.facts(LEDGER);
        org.zwgk.rules.facts.AnnualReport filled = new org.zwgk.rules.facts.AnnualReport();
        filled.setId("filled");
        filled.setUnit("sjw");
        filled.setYear(2025);
        filled.setTables(report.tables());
        ledger.setAnnualReports(List.of(filled));
        Evaluation ok = Samples.book().checkAnnualReports(ledger, LocalDate.of(2026, 2, 10), EvaluationOptions.everything());
        assertEquals(List.of(), ok.findings().stream().filter(f -> f.status() != Status.SATISFIED).map(Finding::message).toList());

        JsonNode body = MonthOfRequests.JSON.readTree(Files.readAllBytes(Path.of("requests/check-township-2025.json")));
        FactSet submitted = MonthOfRequests.JSON.treeToValue(body.get("facts"), FactSet.class);
        Evaluation ev = Samples.book().checkAnnualReports(submitted, LocalDate.of(2026, 2, 10), EvaluationOptions.breachesOnly());
        assertEquals(List.of(
                "RPT-2 三、本年度办理结果（七）总计（自然人）填报6，应为7（（一）至（六）各项之和）",
                "RPT-4 三、本年度办理结果（一）予以公开（总计）填报3，应为4（自然人及法人或其他组织五列之和）",
                "RPT-7 二、第二十条第（一）项 行政规范性文件（现行有效件数）填报10，应为9（上年现行有效8＋本年制发2－本年废止1）",
                "RPT-8 三、本年度办理结果（一）予以公开（自然人）填报3，台账统计为2",
                "RPT-8 第二十条第（一）项 行政规范性文件（现行有效件数）填报10，台账SJW-2025-ZDGK为9"),
                ev.findings().stream().map(f -> f.ruleId() + " " + f.message()).sorted().toList());
        assertTrue(ev.findings().stream().allMatch(f -> f.subject().equals("annual-report:SJW-2025-NB")));
        assertEquals(ReportTables.COLUMNS.get(0), ev.findings().stream().filter(f -> f.ruleId().equals("RPT-2")).findFirst()
                .orElseThrow().details().get("列"));
    }
}
