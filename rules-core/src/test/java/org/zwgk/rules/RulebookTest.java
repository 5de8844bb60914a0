package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading, evaluating and refusing: the embedding API's promises. */
class RulebookTest {

    private static FactSet oneRequest(String id, LocalDate submitted, LocalDate answered) {
        Unit u = new Unit("u1", "双塔区某局", "211302", UnitKind.DEPARTMENT);
        Request r = new Request(id, "u1", Channel.IN_PERSON, submitted);
        r.setAnsweredOn(answered);
        return FactSet.of(List.of(u), List.of(r));
    }

    @Test
    void theJarCarriesTheSameRuleSetAsTheEditableTree() {
        Rulebook fromJar = Rulebook.load();
        assertEquals(TestRules.book().version(), fromJar.version());
        assertEquals(TestRules.book().ruleCount(), fromJar.ruleCount());
    }

    @Test
    void aRuleSetWritesOutTheTreeItWasCompiledFromAndThatTreeLoadsWithTheSameVersion(@TempDir Path tmp) throws IOException {
        Rulebook book = TestRules.book();
        Path copy = tmp.resolve("kept");
        book.writeTree(copy);
        assertTrue(Files.isRegularFile(copy.resolve("national/ogi/source.yaml")));
        assertTrue(Files.isRegularFile(copy.resolve("calendar/2024.yaml")));
        assertEquals(Files.readString(TestRules.directory().resolve("national/ogi/source.yaml")),
                Files.readString(copy.resolve("national/ogi/source.yaml")));
        assertEquals(book.version(), Rulebook.load(copy).version());
    }

    @Test
    void breachesOnlyLeavesOutWhatIsMet() {
        FactSet facts = oneRequest("r1", LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 8));
        Evaluation all = TestRules.book().evaluate(facts, LocalDate.of(2024, 3, 20), EvaluationOptions.everything());
        Evaluation breaches = TestRules.book().evaluate(facts, LocalDate.of(2024, 3, 20), EvaluationOptions.breachesOnly());
        assertEquals(Status.SATISFIED, all.of("OGI-33").get(0).status());
        // the request answered on time leaves nothing to act on (the unit's own duties, such as its annual report
        // under OGI-49, are findings on the unit)
        assertTrue(breaches.findings().stream().noneMatch(f -> f.subject().equals("request:r1")), breaches.findings().toString());
        assertTrue(breaches.findings().stream().noneMatch(f -> f.status() == Status.SATISFIED), breaches.findings().toString());
        assertEquals(TestRules.book().version(), all.rulesetVersion());
        assertTrue(all.rulesEvaluated() > 0);
    }

    @Test
    void aFindingCarriesItsCitationAndHowTheDateWasComputed() {
        Finding f = TestRules.book().evaluate(oneRequest("r1", LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 11)),
                LocalDate.of(2024, 3, 20)).of("OGI-33").get(0);
        assertEquals("OGI", f.source());
        assertTrue(f.document().contains("政府信息公开条例"), f.document());
        assertEquals("第三十三条第二款", f.clause());
        assertEquals("request:r1", f.subject());
        assertEquals("u1", f.unit());
        assertEquals(LocalDate.of(2024, 3, 8), f.dueDate());
        assertTrue(f.details().get("计算过程").contains("收到申请之日2024-02-05"), f.details().toString());
    }

    @Test
    void aRuleJudgingAnAbsenceRunsOnlyWhereTheCallerSentThatLedger() {
        // A request-only fact set says nothing about annual reports: OGI-49 cannot judge "none published".
        FactSet requestsOnly = oneRequest("r1", LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 8));
        assertTrue(TestRules.book().evaluate(requestsOnly, LocalDate.of(2024, 3, 20)).of("OGI-49").isEmpty());
        // An empty list says "none": now the missing 2023 report is a breach.
        FactSet withEmptyLedger = oneRequest("r1", LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 8));
        withEmptyLedger.setAnnualReports(List.of());
        List<Finding> f = TestRules.book().evaluate(withEmptyLedger, LocalDate.of(2024, 3, 20)).of("OGI-49");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Status.VIOLATION, f.get(0).status());
    }

    @Test
    void badFactsAreRefusedNamingTheFieldAndTheReason() {
        FactSet facts = oneRequest("r1", LocalDate.of(2024, 2, 5), null);
        facts.getRequests().get(0).setUnit("nobody");
        facts.getUnits().get(0).setDivision("2113");
        InvalidFactsException e = assertThrows(InvalidFactsException.class,
                () -> TestRules.book().evaluate(facts, LocalDate.of(2024, 3, 1)));
        assertTrue(e.problems().contains(new InvalidFactsException.Problem("requests[0].unit", "no unit with id 'nobody' in units")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("units[0].division")), e.problems().toString());
    }

    @Test
    void anEvaluationDateOutsideTheCalendarIsRefusedNamingTheYear() {
        // 2027 has no notice but is counted provisionally (the year after the last notice); 2028 is not counted at all
        InvalidFactsException e = assertThrows(InvalidFactsException.class,
                () -> TestRules.book().evaluate(oneRequest("r1", LocalDate.of(2024, 2, 5), null), LocalDate.of(2028, 1, 5)));
        assertEquals("asOf", e.problems().get(0).field());
        assertTrue(e.problems().get(0).reason().contains("2028"), e.getMessage());
    }

    @Test
    void aDueDateRunningIntoAnUncoveredYearIsIncompleteAndReported() {
        // 2027 is provisional, so only a period running past it meets a year the calendar lacks: a request received
        // 2027-12-15 (asOf 2027-12-20, itself in the provisional year) is due in January 2028.
        Evaluation ev = TestRules.book().evaluate(oneRequest("r1", LocalDate.of(2027, 12, 15), null), LocalDate.of(2027, 12, 20));
        Finding f = ev.of("OGI-33").get(0);
        assertEquals(Status.INCOMPLETE, f.status());
        assertTrue(f.message().contains("2028"), f.message());
        assertEquals(List.of(2028), ev.uncoveredYears());
    }

    @Test
    void evaluationsOnManyThreadsDoNotLeakIntoEachOther() throws Exception {
        Rulebook book = TestRules.book();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int late = i % 5; // answered late by 0..4 working days after 2024-03-08 (Fri)
                LocalDate answered = LocalDate.of(2024, 3, 8).plusDays(late == 0 ? 0 : late + 2); // Mon..Thu next week
                String id = "r" + i;
                results.add(pool.submit(() -> {
                    Finding f = book.evaluate(oneRequest(id, LocalDate.of(2024, 2, 5), answered), LocalDate.of(2024, 3, 20)).of("OGI-33").get(0);
                    return f.subjectId().equals(id) && f.status() == (late == 0 ? Status.SATISFIED : Status.VIOLATION)
                            && (late == 0 || f.message().endsWith("逾期" + late + "个工作日"));
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRuleSetThatDoesNotCompileFailsWithFileLineAndMessage(@TempDir Path dir) throws IOException {
        TestRules.copyTo(dir);
        Path bad = dir.resolve("national/ogi/broken.drl");
        Files.writeString(bad, """
                package national.ogi;
                import org.zwgk.rules.facts.Request;
                rule "OGI-33 broken"
                    @id("OGI-33") @clause("第三十三条")
                when
                    $r : Request( noSuchField == 1 )
                then
                end
                """);
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> Rulebook.load(dir));
        RulebookLoadException.Problem p = e.problems().get(0);
        assertEquals("national/ogi/broken.drl", p.file());
        assertEquals(6, p.line(), e.getMessage());
        assertTrue(p.message().contains("noSuchField"), p.message());
    }

    @Test
    void aRuleWithoutItsCitationDoesNotLoad(@TempDir Path dir) throws IOException {
        TestRules.copyTo(dir);
        Files.writeString(dir.resolve("national/ogi/uncited.drl"), """
                package national.ogi;
                import org.zwgk.rules.facts.Request;
                rule "OGI-33 uncited"
                    @id("OGI-33")
                when
                    $r : Request()
                then
                end
                """);
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> Rulebook.load(dir));
        assertTrue(e.getMessage().contains("national/ogi/uncited.drl:3") && e.getMessage().contains("@clause"), e.getMessage());
    }

    @Test
    void aRuleRepeatingWhatItsSourceYamlStatesDoesNotLoad(@TempDir Path dir) throws IOException {
        TestRules.copyTo(dir);
        Files.writeString(dir.resolve("national/ogi/repeated.drl"), """
                package national.ogi;
                import org.zwgk.rules.facts.Request;
                rule "OGI-33 repeated"
                    @id("OGI-33") @clause("第三十三条") @validFrom("2019-05-15")
                when
                    $r : Request()
                then
                end
                """);
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> Rulebook.load(dir));
        assertTrue(e.getMessage().contains("national/ogi/repeated.drl:3") && e.getMessage().contains("@validFrom is stated once"),
                e.getMessage());
    }

    @Test
    void aRuleCitingAnIdItsSourceDoesNotListDoesNotLoad(@TempDir Path dir) throws IOException {
        TestRules.copyTo(dir);
        Files.writeString(dir.resolve("national/ogi/unknown.drl"), """
                package national.ogi;
                import org.zwgk.rules.facts.Request;
                rule "OGI-99 invented"
                    @id("OGI-99") @clause("第九十九条")
                when
                    $r : Request()
                then
                end
                """);
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> Rulebook.load(dir));
        assertTrue(e.getMessage().contains("OGI-99 is not a checked duty"), e.getMessage());
    }

    @Test
    void aFileWhosePackageIsNotItsFolderDoesNotLoad(@TempDir Path dir) throws IOException {
        TestRules.copyTo(dir);
        Files.writeString(dir.resolve("national/ogi/misplaced.drl"), "package national.fee;\n");
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> Rulebook.load(dir));
        assertTrue(e.getMessage().contains("national/ogi/misplaced.drl:1") && e.getMessage().contains("package national.ogi;"), e.getMessage());
    }
}
