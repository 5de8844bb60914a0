package org.zwgk.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.rules.cases.CaseResult;
import org.zwgk.rules.cases.ExampleCase;
import org.zwgk.rules.cases.ExampleCases;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deliberately bad DRL in a copy of the rule tree: a rule that re-triggers itself and a cross product. Each ends with
 * {@link EvaluationAbortedException} naming the rule within its limit, and the rule book evaluates normally afterwards.
 * The bad rules pass the lint (they only insert facts and join), so only the limits can catch them.
 */
class RobustRunawayTest {
    static final String LOOP_RULE = "FEE 自我触发（故意写坏的规则）";
    static final String JOIN_RULE = "FEE 无约束连接（故意写坏的规则）";

    /** Both bad rules bind only facts marked for them, so every other evaluation of this rule book is normal. */
    static final String BAD_DRL = """
            // Deliberately broken rules for the runaway tests: they pass the lint and compile, and never finish.
            package national.fee;

            import org.zwgk.rules.facts.Request;
            import java.math.BigDecimal;

            rule "FEE 自我触发的种子"
                @id("FEE") @clause("测试")
            when
                Request( applicant == "LOOP" )
            then
                insert(BigDecimal.ZERO);
            end

            // each new number matches the rule again: it never stops on its own
            rule "%s"
                @id("FEE") @clause("测试")
            when
                $n : BigDecimal()
            then
                insert($n.add(BigDecimal.ONE));
            end

            // three requests joined with no constraint between them: n³ matches
            rule "%s"
                @id("FEE") @clause("测试")
            when
                $a : Request( applicant == "JOIN" )
                $b : Request( applicant == "JOIN" )
                $c : Request( applicant == "JOIN" )
            then
                $a.getId().length();
            end
            """.formatted(LOOP_RULE, JOIN_RULE);

    static final LocalDate AS_OF = LocalDate.of(2024, 3, 20);
    static Path dir;
    static Rulebook bad;

    @BeforeAll
    static void load(@TempDir Path tmp) throws IOException {
        dir = tmp.resolve("drl");
        TestRules.copyTo(dir);
        Files.writeString(dir.resolve("national/fee/runaway.drl"), BAD_DRL);
        bad = Rulebook.load(dir);
    }

    /** {@code n} requests of one unit, all with {@code applicant}; r0 answered on time, r1 three working days late. */
    static FactSet requests(int n, String applicant) {
        List<Request> rs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Request r = new Request("r" + i, "u1", Channel.IN_PERSON, LocalDate.of(2024, 2, 5));
            r.setApplicant(applicant);
            r.setAnsweredOn(i == 1 ? LocalDate.of(2024, 3, 13) : LocalDate.of(2024, 3, 8));
            rs.add(r);
        }
        return FactSet.of(List.of(new Unit("u1", "双塔区某局", "211302", UnitKind.DEPARTMENT)), rs);
    }

    /**
     * The good case still works on the same compiled rule book (with the default limits, so that a test's tiny time
     * budget cannot stop it on a busy machine): r0 on time, r1 late.
     */
    static void evaluatesNormally(Rulebook book) {
        Evaluation ev = book.withLimits(Limits.defaults()).evaluate(requests(2, "张某"), AS_OF);
        List<Finding> ogi33 = ev.of("OGI-33");
        assertEquals(2, ogi33.size(), ogi33.toString());
        assertEquals(Status.SATISFIED, ogi33.stream().filter(f -> f.subjectId().equals("r0")).findFirst().orElseThrow().status());
        assertEquals(Status.VIOLATION, ogi33.stream().filter(f -> f.subjectId().equals("r1")).findFirst().orElseThrow().status());
    }

    @Test
    void theBadRulesPassTheLintAndLoad() {
        assertTrue(bad.ruleCount() > TestRules.book().ruleCount());
        evaluatesNormally(bad);
    }

    @Test
    void aRuleThatReTriggersItselfIsStoppedByTheFiringCapNamingIt() {
        Rulebook book = bad.withLimits(Limits.defaults().withMaxFirings(5_000).withTimeBudget(Duration.ofSeconds(30)));
        EvaluationAbortedException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(EvaluationAbortedException.class, () -> book.evaluate(requests(1, "LOOP"), AS_OF)));
        assertEquals(EvaluationAbortedException.Cause.FIRING_CAP, e.reason());
        assertEquals(LOOP_RULE, e.rule());
        assertEquals("national/fee/runaway.drl", e.ruleFile());
        assertEquals("5000", e.limit());
        assertTrue(e.getMessage().contains("rule '" + LOOP_RULE + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("firing cap of 5000"), e.getMessage());
        evaluatesNormally(book);
    }

    @Test
    void aRuleThatReTriggersItselfIsStoppedByTheTimeBudgetNamingIt() {
        Rulebook book = bad.withLimits(Limits.defaults().withMaxFirings(Integer.MAX_VALUE).withTimeBudget(Duration.ofMillis(300)));
        long t0 = System.nanoTime();
        EvaluationAbortedException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(EvaluationAbortedException.class, () -> book.evaluate(requests(1, "LOOP"), AS_OF)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(EvaluationAbortedException.Cause.TIME_BUDGET, e.reason());
        assertEquals(LOOP_RULE, e.rule());
        assertTrue(e.getMessage().contains("time budget of PT0.3S"), e.getMessage());
        assertTrue(ms < 5_000, "stopped after " + ms + " ms");
        evaluatesNormally(book);
    }

    @Test
    void theDefaultLimitsStopTheLoopToo() {
        long t0 = System.nanoTime();
        EvaluationAbortedException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(EvaluationAbortedException.class, () -> bad.evaluate(requests(1, "LOOP"), AS_OF)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(LOOP_RULE, e.rule());
        assertTrue(ms < 10_000 + 2_000, "the default limits ended it after " + ms + " ms");
        evaluatesNormally(bad);
    }

    @Test
    void aCrossProductIsStoppedNamingTheRule() {
        // 70 requests: 343 000 matches, more than the default cap of 200 000
        long t0 = System.nanoTime();
        EvaluationAbortedException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(EvaluationAbortedException.class, () -> bad.evaluate(requests(70, "JOIN"), AS_OF)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(JOIN_RULE, e.rule());
        assertTrue(Math.max(e.ruleFirings(), e.ruleMatches()) > 1_000, e.getMessage());
        assertTrue(ms < 15_000, "stopped after " + ms + " ms: " + e.getMessage());
        evaluatesNormally(bad);
    }

    @Test
    void aCrossProductIsStoppedByTheTimeBudget() {
        Rulebook book = bad.withLimits(Limits.defaults().withMaxFirings(Integer.MAX_VALUE).withTimeBudget(Duration.ofMillis(200)));
        EvaluationAbortedException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(EvaluationAbortedException.class, () -> book.evaluate(requests(70, "JOIN"), AS_OF)));
        assertEquals(EvaluationAbortedException.Cause.TIME_BUDGET, e.reason());
        assertEquals(JOIN_RULE, e.rule());
        evaluatesNormally(book);
    }

    @Test
    void aFactSetOverTheFactLimitIsRefusedBeforeAnyRuleRuns() {
        Rulebook book = bad.withLimits(Limits.defaults().withMaxFacts(10));
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> book.evaluate(requests(10, "张某"), AS_OF));
        assertEquals("maxFacts", e.limit());
        assertEquals(10, e.max());
        assertEquals(11, e.actual());
        assertEquals(9, book.evaluate(requests(9, "张某"), AS_OF).of("OGI-33").size());
    }

    @Test
    void anExampleCaseThatLoopsFailsNamingTheRuleAndTheOthersStillPass() throws IOException {
        Files.writeString(dir.resolve("national/fee/runaway.cases.yaml"), """
                cases:
                  - name: 一件会让坏规则循环的申请
                    asOf: 2024-03-20
                    rules: [FEE]
                    facts:
                      units: [{id: u1, name: 双塔区某局, division: "211302", kind: DEPARTMENT}]
                      requests: [{id: r1, unit: u1, applicant: LOOP, channel: IN_PERSON, submittedOn: 2024-02-05}]
                    expect: []
                """);
        try {
            Rulebook book = bad.withLimits(Limits.defaults().withMaxFirings(20_000));
            List<ExampleCase> cases = ExampleCases.read(dir);
            List<CaseResult> failed = cases.stream().map(c -> ExampleCases.run(book, c)).filter(r -> !r.passed()).toList();
            assertEquals(1, failed.size(), failed.toString());
            CaseResult r = failed.get(0);
            assertEquals("一件会让坏规则循环的申请", r.exampleCase().name());
            assertTrue(r.error().contains("rule '" + LOOP_RULE + "'"), r.error());
            assertTrue(r.diff().contains("evaluation aborted"), r.diff());
            assertFalse(cases.size() < 10, "the tree's own cases ran too: " + cases.size());
        } finally {
            Files.delete(dir.resolve("national/fee/runaway.cases.yaml"));
        }
    }
}
