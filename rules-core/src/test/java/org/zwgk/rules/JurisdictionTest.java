package org.zwgk.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where and when a local plan binds is decided by its metadata: 《双塔区2026年政务公开工作计划》 (SHT26) binds units of
 * 双塔区 (211302) for requests received in 2026, not the same unit's 2024 requests, not a unit of 朝阳县 (211321) under
 * the same city (211300); 《田家庵区2024年度政务公开重点工作清单》 (TJA24) binds 田家庵区 (340403) in 2024 only.
 */
class JurisdictionTest {
    private static Rulebook book;

    @BeforeAll
    static void load() {
        book = Rulebook.load(Path.of(System.getProperty("zwgk.drl", "../drl")));
    }

    /** A request received on {@code received}, reported to the district office three days later, answered ten days later. */
    private static FactSet lateReport(String division, LocalDate received) {
        Unit unit = new Unit("u1", "某局", division, UnitKind.DEPARTMENT);
        Request r = new Request("r1", "u1", Channel.IN_PERSON, received);
        r.setReportedToOfficeOn(received.plusDays(3));
        r.setAnsweredOn(received.plusDays(10));
        return carryingEveryList(FactSet.of(List.of(unit), List.of(r)));
    }

    /** The fact set as a full ledger would send it: every list present (most empty), so every rule can judge. */
    private static FactSet carryingEveryList(FactSet f) {
        for (var m : FactSet.class.getMethods()) {
            if (m.getName().startsWith("set") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == List.class) {
                try {
                    var getter = FactSet.class.getMethod("get" + m.getName().substring(3));
                    m.invoke(f, getter.invoke(f));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return f;
    }

    private static List<Finding> ofSource(Evaluation ev, String source) {
        return ev.findings().stream().filter(f -> source.equals(f.source())).toList();
    }

    private static int rulesOf(String source) {
        return book.catalogue().stream().filter(e -> e.source().equals(source)).mapToInt(e -> e.rules().size()).sum();
    }

    @Test
    void shuangtaPlanBindsShuangtaIn2026() {
        Evaluation ev = book.evaluate(lateReport("211302", LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 20));
        List<Finding> sht = ofSource(ev, "SHT26");
        assertFalse(sht.isEmpty(), "a 2026 request of a 双塔区 unit is judged by SHT26");
        assertTrue(sht.stream().anyMatch(f -> f.ruleId().equals("SHT26-1.2b") && f.status() == Status.VIOLATION), sht.toString());
    }

    @Test
    void shuangtaPlanDoesNotBindShuangtaIn2024() {
        Evaluation ev = book.evaluate(lateReport("211302", LocalDate.of(2024, 3, 4)), LocalDate.of(2024, 3, 20));
        assertEquals(List.of(), ofSource(ev, "SHT26"));
        assertFalse(ofSource(ev, "OGI").isEmpty(), "the Regulation still binds");
    }

    @Test
    void shuangtaPlanDoesNotBindAnotherCountyOfTheSameCity() {
        Evaluation ev = book.evaluate(lateReport("211321", LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 20));
        assertEquals(List.of(), ofSource(ev, "SHT26"));
        assertFalse(ofSource(ev, "OGI").isEmpty(), "the Regulation still binds");
    }

    @Test
    void rulesEvaluatedCountsTheShuangtaRulesOnlyWhereTheyBind() {
        EvaluationOptions sht = EvaluationOptions.everything().withSources(Set.of("SHT26"));
        int in2026 = book.evaluate(lateReport("211302", LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 20), sht).rulesEvaluated();
        int in2024 = book.evaluate(lateReport("211302", LocalDate.of(2024, 3, 4)), LocalDate.of(2024, 3, 20), sht).rulesEvaluated();
        int chaoyangXian = book.evaluate(lateReport("211321", LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 20), sht).rulesEvaluated();
        assertTrue(rulesOf("SHT26") > 0);
        assertEquals(rulesOf("SHT26"), in2026);
        assertEquals(0, in2024);
        assertEquals(0, chaoyangXian);

        int all2026 = book.evaluate(lateReport("211302", LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 20)).rulesEvaluated();
        int all2024 = book.evaluate(lateReport("211302", LocalDate.of(2024, 3, 4)), LocalDate.of(2024, 3, 20)).rulesEvaluated();
        int allChaoyangXian = book.evaluate(lateReport("211321", LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 20)).rulesEvaluated();
        assertTrue(all2026 > all2024, all2026 + " rules for 双塔区 in 2026, " + all2024 + " in 2024");
        assertTrue(all2026 > allChaoyangXian, all2026 + " rules for 双塔区, " + allChaoyangXian + " for 朝阳县");
    }

    @Test
    void sourceFilterLeavesOutTheShuangtaPlan() {
        Evaluation ev = book.evaluate(lateReport("211302", LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 20),
                EvaluationOptions.everything().withSources(Set.of("OGI")));
        assertEquals(List.of(), ofSource(ev, "SHT26"));
        assertFalse(ev.findings().isEmpty(), "the OGI rules still run");
        assertTrue(ev.findings().stream().allMatch(f -> f.source().equals("OGI")), ev.findings().toString());
    }

    @Test
    void ruleIdFilterRunsOnlyTheNamedDuties() {
        FactSet facts = lateReport("211302", LocalDate.of(2026, 3, 2));
        LocalDate asOf = LocalDate.of(2026, 3, 20);
        Evaluation all = book.evaluate(facts, asOf);
        Evaluation only = book.evaluate(facts, asOf, EvaluationOptions.everything().withRuleIds(Set.of("OGI-33", "SHT26-1.2b")));
        assertFalse(only.findings().isEmpty());
        assertTrue(only.findings().stream().allMatch(f -> f.ruleId().equals("OGI-33") || f.ruleId().equals("SHT26-1.2b")),
                only.findings().toString());
        assertEquals(all.findings().stream().filter(f -> f.ruleId().equals("OGI-33") || f.ruleId().equals("SHT26-1.2b")).toList(),
                only.findings(), "the named duties find the same as in a full evaluation");
        int rules = book.catalogue().stream().filter(e -> e.id().equals("OGI-33") || e.id().equals("SHT26-1.2b"))
                .mapToInt(e -> e.rules().size()).sum();
        assertEquals(rules, only.rulesEvaluated());
        assertEquals(Set.of("OGI-33"), EvaluationOptions.breachesOnly().withRuleIds(Set.of("OGI-33")).withSources(Set.of("OGI")).ruleIds());
    }

    @Test
    void tianjiaanListBindsTianjiaanIn2024Only() {
        FactSet in2024 = lateContact("340403", LocalDate.of(2024, 2, 9));
        FactSet in2025 = lateContact("340403", LocalDate.of(2025, 2, 10));
        FactSet datong = lateContact("340402", LocalDate.of(2024, 2, 9));
        assertTrue(book.evaluate(in2024, LocalDate.of(2024, 3, 1)).breaches().stream().anyMatch(f -> f.ruleId().equals("TJA24-18")));
        assertEquals(List.of(), ofSource(book.evaluate(in2025, LocalDate.of(2025, 3, 1)), "TJA24"));
        assertEquals(List.of(), ofSource(book.evaluate(datong, LocalDate.of(2024, 3, 1)), "TJA24"));
    }

    /** A request received on {@code received} whose applicant was first contacted ten days later. */
    private static FactSet lateContact(String division, LocalDate received) {
        Unit unit = new Unit("u1", "某局", division, UnitKind.DEPARTMENT);
        Request r = new Request("r1", "u1", Channel.IN_PERSON, received);
        r.setApplicantContactedOn(received.plusDays(10));
        return FactSet.of(List.of(unit), List.of(r));
    }
}
