package org.zwgk.rules.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each rule is compiled in an agenda group of its own, written on its when line so that line numbers stay. */
class AgendaGroupsTest {

    @Test
    void eachRuleGetsItsOwnGroupOnItsWhenLine() {
        String drl = """
                package a.b;
                // a rule "in a comment" is not a rule
                rule "R-1 one"
                    @id("R-1")
                when
                    $u : Unit()
                then
                end

                rule "R-2 \\"two\\""
                  when
                    $u : Unit()
                then
                end
                """;
        String out = RuleSetCompiler.withAgendaGroups(drl, "a.b");
        assertEquals(drl.lines().count(), out.lines().count());
        assertEquals("agenda-group \"a.b/R-1 one\" when", out.lines().toList().get(4));
        assertEquals("  agenda-group \"a.b/R-2 \\\"two\\\"\" when", out.lines().toList().get(10));
    }
}
