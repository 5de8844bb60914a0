package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.cases.ExampleCase;
import org.zwgk.rules.cases.ExampleCases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue's contract: unique ids, a citation on every duty, a rule for every checked duty, and example cases
 * showing every rule id both firing (VIOLATION or WARNING) and not firing.
 * (Loading itself refuses a rule without @id/@clause, one repeating what its source.yaml states, or citing an id its
 * source does not list.)
 */
class RulebookMetadataTest {

    @Test
    void idsAreUniqueAcrossTheCatalogue() {
        Set<String> seen = new HashSet<>();
        List<String> dup = TestRules.book().catalogue().stream().map(CatalogueEntry::id).filter(id -> !seen.add(id)).toList();
        assertEquals(List.of(), dup, "duplicate ids");
    }

    @Test
    void everyDutyCitesItsSource() {
        List<String> bad = TestRules.book().catalogue().stream()
                .filter(e -> blank(e.document()) || blank(e.clause()) || blank(e.summary()) || blank(e.jurisdiction()) || e.validFrom() == null)
                .map(CatalogueEntry::id).toList();
        assertEquals(List.of(), bad, "duties without document, clause, summary, jurisdiction or validFrom");
    }

    @Test
    void everyCheckedDutyHasARule() {
        List<String> bare = TestRules.book().catalogue().stream()
                .filter(e -> e.kind() == CatalogueEntry.Kind.RULE && e.rules().isEmpty())
                .map(CatalogueEntry::id).toList();
        assertEquals(List.of(), bare, "checked duties with no DRL rule");
    }

    @Test
    void everyRuleIdHasCasesWhereItFiresAndWhereItDoesNot() {
        List<ExampleCase> cases = ExampleCases.read(TestRules.directory());
        Map<String, Boolean> fires = new HashMap<>();
        Map<String, Boolean> quiet = new HashMap<>();
        for (ExampleCase c : cases) {
            for (String id : c.judgedRules()) {
                boolean fired = c.expect().stream().anyMatch(e -> e.rule().equals(id)
                        && (e.status() == Status.VIOLATION || e.status() == Status.WARNING));
                (fired ? fires : quiet).put(id, true);
            }
        }
        List<String> gaps = new ArrayList<>();
        for (CatalogueEntry e : TestRules.book().catalogue()) {
            if (e.kind() != CatalogueEntry.Kind.RULE) {
                continue;
            }
            if (!fires.containsKey(e.id())) gaps.add(e.id() + " has no case where it fires");
            if (!quiet.containsKey(e.id())) gaps.add(e.id() + " has no case where it does not fire");
        }
        assertEquals(List.of(), gaps);
    }

    @Test
    void casesOnlyNameKnownIds() {
        Set<String> ids = new HashSet<>();
        TestRules.book().catalogue().forEach(e -> ids.add(e.id()));
        List<String> unknown = ExampleCases.read(TestRules.directory()).stream()
                .flatMap(c -> c.judgedRules().stream().filter(id -> !ids.contains(id)).map(id -> c.file() + ": " + id))
                .toList();
        assertTrue(unknown.isEmpty(), "cases name ids not in the catalogue: " + unknown);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
