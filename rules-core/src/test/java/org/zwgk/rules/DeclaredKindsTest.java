package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Submission;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kinds of submissions and events are declared in a source.yaml, not in Java: facts of another kind are refused. */
class DeclaredKindsTest {

    private static FactSet zeroReport(String kind) {
        Unit u = new Unit();
        u.setId("bsjz");
        u.setName("北塔街道");
        u.setDivision("211302");
        u.setKind(UnitKind.TOWNSHIP);
        Submission s = new Submission();
        s.setId("s1");
        s.setUnit("bsjz");
        s.setKind(kind);
        s.setPeriod(LocalDate.of(2026, 3, 10));
        s.setSubmittedOn(LocalDate.of(2026, 3, 9));
        FactSet f = new FactSet();
        f.setUnits(List.of(u));
        f.setSubmissions(List.of(s));
        return f;
    }

    @Test
    void aDeclaredKindIsJudged() {
        Evaluation ev = TestRules.book().evaluate(zeroReport("ZERO_REPORT"), LocalDate.of(2026, 3, 20));
        assertTrue(ev.findings().stream().anyMatch(f -> f.ruleId().equals("SHT26-1.2a") && f.status() == Status.SATISFIED),
                ev.findings().toString());
    }

    @Test
    void anUndeclaredKindIsRefusedNamingTheFieldAndTheKnownKinds() {
        InvalidFactsException e = assertThrows(InvalidFactsException.class,
                () -> TestRules.book().evaluate(zeroReport("ZERO_REPROT"), LocalDate.of(2026, 3, 20)));
        assertEquals(1, e.problems().size(), e.problems().toString());
        InvalidFactsException.Problem p = e.problems().get(0);
        assertEquals("submissions[0].kind", p.field());
        assertTrue(p.reason().contains("unknown kind 'ZERO_REPROT'") && p.reason().contains("ZERO_REPORT")
                && p.reason().contains("CONTACT_REPORT"), p.reason());
    }

    @Test
    void aKindNewToAPlanIsDeclaredInItsSourceYamlOnly(@TempDir Path dir) throws IOException {
        TestRules.copyEdited(dir, "liaoning/shuangta/sht26/source.yaml",
                "kinds:\n  submissions:\n", "kinds:\n  submissions:\n    SEASON_BULLETIN: 季通报\n");
        Rulebook book = Rulebook.load(dir);
        book.evaluate(zeroReport("SEASON_BULLETIN"), LocalDate.of(2026, 3, 20)); // accepted: no exception
    }

    @Test
    void aRowNamingAnUndeclaredKindIsALoadErrorAtTheRow(@TempDir Path dir) throws IOException {
        TestRules.copyEdited(dir, "liaoning/shuangta/sht26/source.yaml",
                "schedule: quarters, kind: CONTACT_REPORT", "schedule: quarters, kind: CONTACT_REPROT");
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> Rulebook.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("liaoning/shuangta/sht26/source.yaml") && p.line() > 0
                && p.message().contains("SHT26-5.3") && p.message().contains("CONTACT_REPROT")), e.problems().toString());
    }

    @Test
    void aKindWithoutItsMeaningIsALoadError(@TempDir Path dir) throws IOException {
        TestRules.copyEdited(dir, "liaoning/huludao/hld24/source.yaml", "kinds:\n  events:\n", "kinds:\n  events:\n    bad kind: \"\"\n");
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> Rulebook.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("liaoning/huludao/hld24/source.yaml")
                && p.message().contains("'bad kind' is not a kind code")), e.problems().toString());
    }
}
