package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.internal.CompiledPackages;
import org.zwgk.rules.internal.CompiledRuleSet;
import org.zwgk.rules.internal.RuleSetCompiler;
import org.zwgk.rules.internal.RuleTree;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tree compiled again after an edit: the folders whose DRL did not change are taken as compiled before, the edited
 * one is compiled, and the rule set judges every example case as a tree compiled from nothing does; an error in the
 * edited folder is reported at its line.
 */
class CompiledPackagesTest {
    private static final Path DRL = TestRules.directory();

    @Test
    void anEditRecompilesOnlyItsFolderAndTheRuleSetJudgesAsBefore() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        RuleTree tree = RuleTree.fromDirectory(DRL);
        CompiledRuleSet compiled = RuleSetCompiler.compile(tree, cl);
        Rulebook first = new Rulebook(compiled, Limits.defaults());
        int packages = compiled.kieBase().getKiePackages().size();

        // one rule file of the national request rules changed by a comment
        RuleTree edited = TestRules.withAppended(tree, "national/ogi/requests.drl", "\n// edited\n");
        long before = CompiledPackages.reused();
        Rulebook again = new Rulebook(RuleSetCompiler.compile(edited, cl), Limits.defaults());
        assertEquals(packages - 1, CompiledPackages.reused() - before,
                "every package but the edited one is taken as compiled before (" + packages + " packages)");
        assertNotEquals(first.version(), again.version());
        assertEquals(first.ruleCount(), again.ruleCount());
        assertEquals(first.catalogue(), again.catalogue());
        assertEquals(first.warnings(), again.warnings(), "warnings of remembered folders are reported again");

        TestRules.assertEveryCasePasses(again, "compiled partly from remembered packages");
    }

    @Test
    void anErrorInTheEditedFolderIsReportedAtItsLine() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        RuleTree tree = RuleTree.fromDirectory(DRL);
        RuleSetCompiler.compile(tree, cl);
        String path = "national/ogi/requests.drl";
        RuleTree broken = TestRules.withAppended(tree, path, "\nrule \"broken\" when then nonsense( end\n");
        int line = (int) text(tree, path).lines().count() + 2;
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> RuleSetCompiler.compile(broken, cl));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals(path) && p.line() == line),
                "the error is at " + path + ":" + line + ": " + e.problems());
    }

    private static String text(RuleTree tree, String path) {
        return tree.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }
}
