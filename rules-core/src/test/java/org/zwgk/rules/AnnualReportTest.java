package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.facts.AnnualReport;
import org.zwgk.rules.facts.Appeal;
import org.zwgk.rules.facts.AppealResult;
import org.zwgk.rules.facts.AppealRoute;
import org.zwgk.rules.facts.ApplicantKind;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Outcome;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;
import org.zwgk.rules.report.FilledReport;
import org.zwgk.rules.report.GeneratedLedger;
import org.zwgk.rules.report.ReportTables;
import org.zwgk.rules.report.RequestRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filling the annual report's tables from a ledger, and checking filled tables with the RPT rules. */
class AnnualReportTest {
    private static final Unit UNIT = new Unit("u1", "双塔区某镇", "211302", UnitKind.TOWNSHIP);

    private static Request request(String id, Channel channel, LocalDate submitted, ApplicantKind kind) {
        Request r = new Request(id, "u1", channel, submitted);
        r.setApplicantKind(kind);
        return r;
    }

    private static List<Integer> row(FilledReport f, RequestRow row) {
        return f.tables().getRequests().get(row);
    }

    @Test
    void aLetterArrivingOnNewYearsEveLandsInTheYearTheAnswerClockReceivesIt() {
        Request sameDay = request("letter-confirmed-same-day", Channel.POST_UNSIGNED, LocalDate.of(2025, 12, 29), ApplicantKind.NATURAL_PERSON);
        sameDay.setLetterArrivedOn(LocalDate.of(2025, 12, 31));
        sameDay.setConfirmedOn(LocalDate.of(2025, 12, 31));
        Request online = request("online-confirmed-in-january", Channel.ONLINE, LocalDate.of(2025, 12, 31), ApplicantKind.NATURAL_PERSON);
        online.setConfirmedOn(LocalDate.of(2026, 1, 5));
        FactSet facts = FactSet.of(List.of(UNIT), List.of(sameDay, online));

        FilledReport y2025 = TestRules.book().fillAnnualReport(facts, "u1", 2025);
        FilledReport y2026 = TestRules.book().fillAnnualReport(facts, "u1", 2026);

        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(y2025, RequestRow.NEW));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(y2025, RequestRow.CARRIED_FORWARD));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(y2026, RequestRow.NEW), "received on the day both sides confirmed");
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(y2026, RequestRow.CARRIED_OVER));
        assertEquals(List.of("letter-confirmed-same-day"), cell(y2025, RequestRow.NEW.label(), "自然人"));
        assertEquals(List.of("online-confirmed-in-january"), cell(y2026, RequestRow.NEW.label(), "自然人"));
    }

    @Test
    void aLetterConfirmedLateIsCountedInTheYearOfItsReceiptAsTheAnswerClockComputesIt() {
        Request late = request("letter-confirmed-late", Channel.POST_UNSIGNED, LocalDate.of(2025, 12, 29), ApplicantKind.OTHER);
        late.setLetterArrivedOn(LocalDate.of(2025, 12, 31));
        late.setConfirmedOn(LocalDate.of(2026, 1, 4));
        FactSet facts = FactSet.of(List.of(UNIT), List.of(late));
        int receiptYear = TestRules.book().answerDeadline(late, LocalDate.of(2026, 1, 5)).receivedOn().getYear();

        for (int year : List.of(2025, 2026)) {
            FilledReport f = TestRules.book().fillAnnualReport(facts, "u1", year);
            assertEquals(year == receiptYear ? 1 : 0, f.tables().cell(RequestRow.NEW, ReportTables.TOTAL_COLUMN),
                    year + ": 一 counts the request in the year OGI-31/33 receive it (" + receiptYear + ")");
        }
    }

    private static List<String> cell(FilledReport f, String row, String column) {
        return f.cells().stream().filter(c -> c.row().equals(row) && c.column().equals(column))
                .findFirst().map(FilledReport.Cell::ids).orElse(List.of());
    }

    @Test
    void aRequestThatCannotBePlacedIsNamedWithTheMissingFieldAndLeftOutOfEveryCell() {
        Request noKind = request("no-kind", Channel.IN_PERSON, LocalDate.of(2025, 3, 3), null);
        noKind.setAnsweredOn(LocalDate.of(2025, 3, 10));
        noKind.setOutcome(Outcome.DISCLOSED);
        Request noOutcome = request("no-outcome", Channel.IN_PERSON, LocalDate.of(2025, 3, 3), ApplicantKind.OTHER);
        noOutcome.setAnsweredOn(LocalDate.of(2025, 3, 10));
        Request noDate = request("outcome-without-date", Channel.IN_PERSON, LocalDate.of(2025, 3, 3), ApplicantKind.OTHER);
        noDate.setOutcome(Outcome.NOT_PROCESSED_REPEATED);
        // Online, neither submission nor confirmation recorded: no day of receipt (had it a submission date, the day the
        // confirmation was owed would be its day of receipt, OGI-31).
        Request noReceipt = request("online-unconfirmed", Channel.ONLINE, LocalDate.of(2025, 3, 3), ApplicantKind.OTHER);
        noReceipt.setSubmittedOn(null);
        Request fine = request("fine", Channel.IN_PERSON, LocalDate.of(2025, 3, 3), ApplicantKind.RESEARCH_INSTITUTION);

        FilledReport f = TestRules.book().fillAnnualReport(FactSet.of(List.of(UNIT), List.of(noKind, noOutcome, noDate, noReceipt, fine)), null, 2025);

        assertFalse(f.complete());
        Map<String, String> gaps = f.gaps().stream().collect(Collectors.toMap(FilledReport.Gap::subject, FilledReport.Gap::field));
        assertEquals(Map.of("request:no-kind", "applicantKind", "request:no-outcome", "outcome",
                "request:outcome-without-date", "answeredOn", "request:online-unconfirmed", "confirmedOn（确认日期）",
                "proactiveCounts", "proactiveCounts"), gaps);
        assertEquals(List.of(0, 0, 1, 0, 0, 0, 1), row(f, RequestRow.NEW), "only the placeable request is counted");
        assertEquals(List.of(0, 0, 1, 0, 0, 0, 1), row(f, RequestRow.CARRIED_FORWARD));
    }

    @Test
    void anUnpaidFeeAndAnUncorrectedRequestConcludeAsOtherHandlingTwoAndOne() {
        Request fee = request("fee", Channel.IN_PERSON, LocalDate.of(2025, 8, 4), ApplicantKind.NATURAL_PERSON);
        // a lawful charge (150 pages, 1,700 yuan by the bands) notified in time: unpaid, the request counts as abandoned
        org.zwgk.rules.facts.Fee notice = new org.zwgk.rules.facts.Fee();
        notice.setPages(150);
        notice.setByQuantityAmount(java.math.BigDecimal.valueOf(1700));
        notice.setNoticeOn(LocalDate.of(2025, 8, 18));
        fee.setFee(notice);
        Request late = request("fee-at-year-end", Channel.IN_PERSON, LocalDate.of(2025, 12, 1), ApplicantKind.NATURAL_PERSON);
        org.zwgk.rules.facts.Fee lateNotice = new org.zwgk.rules.facts.Fee();
        lateNotice.setPages(150);
        lateNotice.setByQuantityAmount(java.math.BigDecimal.valueOf(1700));
        lateNotice.setNoticeOn(LocalDate.of(2025, 12, 10));
        late.setFee(lateNotice);
        Request unclear = request("unclear", Channel.IN_PERSON, LocalDate.of(2025, 7, 1), ApplicantKind.NATURAL_PERSON);
        unclear.setCorrectionNoticeOn(LocalDate.of(2025, 7, 4));
        unclear.setAnsweredOn(LocalDate.of(2025, 8, 20));

        FilledReport f = TestRules.book().fillAnnualReport(FactSet.of(List.of(UNIT), List.of(fee, late, unclear)), "u1", 2025);
        FilledReport next = TestRules.book().fillAnnualReport(FactSet.of(List.of(UNIT), List.of(fee, late, unclear)), "u1", 2026);

        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(f, RequestRow.OTHER_FEE_UNPAID));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(f, RequestRow.OTHER_NOT_CORRECTED));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(f, RequestRow.CARRIED_FORWARD), "20 working days to pay run into 2026");
        assertEquals(List.of("fee-at-year-end"), cell(next, RequestRow.OTHER_FEE_UNPAID.label(), "自然人"));
    }

    @Test
    void appealsCountInTheYearTheyAreFiledUnderTheirResultAtTheYearsEnd() {
        Request r = request("r", Channel.IN_PERSON, LocalDate.of(2025, 2, 3), ApplicantKind.NATURAL_PERSON);
        r.setAnsweredOn(LocalDate.of(2025, 2, 20));
        r.setOutcome(Outcome.WITHHELD_STATE_SECRET);
        r.setAppeals(new ArrayList<>(List.of(
                new Appeal(AppealRoute.RECONSIDERATION, LocalDate.of(2025, 3, 1), AppealResult.CORRECTED, LocalDate.of(2025, 5, 1)),
                new Appeal(AppealRoute.LITIGATION_DIRECT, LocalDate.of(2025, 11, 1), AppealResult.UPHELD, LocalDate.of(2026, 2, 1)),
                new Appeal(AppealRoute.LITIGATION_AFTER_RECONSIDERATION, LocalDate.of(2024, 12, 1), AppealResult.OTHER, LocalDate.of(2025, 1, 10)))));

        FilledReport f = TestRules.book().fillAnnualReport(FactSet.of(List.of(UNIT), List.of(r)), "u1", 2025);

        assertEquals(List.of(0, 1, 0, 0, 1), f.tables().getReviews().getReconsideration());
        assertEquals(List.of(0, 0, 0, 1, 1), f.tables().getReviews().getDirectLitigation(), "decided only in 2026: 尚未审结");
        assertEquals(List.of(0, 0, 0, 0, 0), f.tables().getReviews().getLitigationAfterReconsideration(), "filed in 2024");
    }

    @Test
    void badTablesAreRefusedNamingTheField() {
        AnnualReport report = new AnnualReport();
        report.setId("rep");
        report.setUnit("u1");
        report.setYear(2025);
        ReportTables t = new ReportTables();
        t.setRequests(Map.of(RequestRow.NEW, List.of(1, 2, 3)));
        report.setTables(t);
        FactSet facts = FactSet.of(List.of(UNIT), List.of());
        facts.setAnnualReports(List.of(report));
        InvalidFactsException e = assertThrows(InvalidFactsException.class,
                () -> TestRules.book().checkAnnualReports(facts, LocalDate.of(2026, 2, 1), EvaluationOptions.everything()));
        assertEquals("annualReports[0].tables.requests.NEW", e.problems().get(0).field());
        assertTrue(e.problems().get(0).reason().contains("must be 7 numbers"), e.getMessage());

        InvalidFactsException unit = assertThrows(InvalidFactsException.class,
                () -> TestRules.book().fillAnnualReport(FactSet.of(List.of(UNIT), List.of()), "nobody", 2025));
        assertEquals("unit", unit.problems().get(0).field());
    }

    @Test
    void theTablesFilledFromAGeneratedThreeYearLedgerOfTenThousandRequestsPassEveryCheck() {
        FactSet ledger = GeneratedLedger.of(10_000, 2023, 2025, 42);
        List<AnnualReport> reports = new ArrayList<>();
        for (int year = 2023; year <= 2025; year++) {
            FilledReport f = TestRules.book().fillAnnualReport(ledger, GeneratedLedger.UNIT, year);
            assertTrue(f.complete(), year + ": " + f.gaps());
            AnnualReport r = new AnnualReport();
            r.setId("gen-" + year);
            r.setUnit(GeneratedLedger.UNIT);
            r.setYear(year);
            r.setTables(f.tables());
            reports.add(r);
        }
        // every outcome line and every review column is exercised somewhere
        FilledReport y2024 = TestRules.book().fillAnnualReport(ledger, GeneratedLedger.UNIT, 2024);
        for (RequestRow row : RequestRow.formatRows()) {
            assertTrue(y2024.tables().cell(row, ReportTables.TOTAL_COLUMN) > 0, row + " is empty in 2024");
        }
        ledger.setAnnualReports(reports);

        Evaluation ev = TestRules.book().checkAnnualReports(ledger, LocalDate.of(2026, 2, 1), EvaluationOptions.everything());

        List<String> notSatisfied = ev.findings().stream().filter(f -> f.status() != Status.SATISFIED)
                .map(f -> f.ruleId() + " " + f.subject() + " " + f.status() + " " + f.message()).toList();
        assertEquals(List.of(), notSatisfied);
        // RPT-1, 2, 4, 5 and 8 (twice: requests and part 二) on each report; RPT-6 and 7 on the two with a previous year
        Map<String, Long> byRule = ev.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
        assertEquals(Map.of("RPT-1", 3L, "RPT-2", 3L, "RPT-4", 3L, "RPT-5", 3L, "RPT-6", 2L, "RPT-7", 2L, "RPT-8", 6L), byRule);
    }
}
