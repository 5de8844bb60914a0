package org.zwgk.bench.baseline;

import org.junit.jupiter.api.Test;
import org.zwgk.bench.gen.FactGenerator;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.facts.FactSet;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written slice finds exactly what the rulebook restricted to the same rule ids finds, on the same facts. */
class HandWrittenTest {

    @Test
    void findsWhatTheRulebookFindsOnTheStandardFacts() {
        Rulebook book = Rulebook.load();
        HandWritten hand = new HandWritten(book);
        EvaluationOptions slice = EvaluationOptions.everything().withRuleIds(HandWritten.RULE_IDS);
        FactGenerator gen = new FactGenerator();
        List<FactSet> sets = List.of(FactGenerator.toFactSet(gen.oneRequest()), FactGenerator.toFactSet(gen.unitMonth(0)),
                FactGenerator.toFactSet(gen.districtMonth(20)));
        for (FactSet facts : sets) {
            List<String> rulebook = sorted(book.evaluate(facts, FactGenerator.AS_OF, slice).findings().stream()
                    .map(f -> new HandWritten.Result(f.ruleId(), f.subject(), f.status(), f.dueDate())).toList());
            List<String> handWritten = sorted(hand.evaluate(facts, FactGenerator.AS_OF));
            assertEquals(rulebook, handWritten);
            Set<String> ids = rulebook.stream().map(s -> s.substring(0, s.indexOf(' '))).collect(Collectors.toSet());
            if (facts.getUnits().size() > 1 || facts.getRequests().size() > 1) {
                assertEquals(HandWritten.RULE_IDS, ids, "every rule of the slice has findings on a unit-month");
                assertTrue(rulebook.stream().anyMatch(s -> s.contains("VIOLATION")));
            }
        }
    }

    private static List<String> sorted(List<HandWritten.Result> results) {
        return results.stream()
                .map(r -> r.ruleId() + " " + r.subject() + " " + r.status() + " " + Objects.toString(r.due()))
                .sorted(Comparator.naturalOrder()).toList();
    }
}
