package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.cases.ExampleCase;
import org.zwgk.rules.cases.ExampleCases;
import org.zwgk.rules.internal.Precompiled;
import org.zwgk.rules.internal.RuleSetCompiler;
import org.zwgk.rules.internal.RuleTree;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule set compiled ahead of time (what the rules-core jar carries, {@link Precompiled}) judges exactly as the
 * rule set compiled from source: every example case passes on it, and a tree that differs by one byte does not use it.
 */
class PrecompiledRulebookTest {

    @Test
    void theSerializedRuleSetPassesEveryExampleCaseAndIsRefusedForAnotherTree() throws Exception {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        RuleTree tree = RuleTree.fromDirectory(TestRules.directory());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Precompiled.write(RuleSetCompiler.compile(tree, cl), tree, cl, bytes);

        Precompiled pre = Precompiled.read(new ByteArrayInputStream(bytes.toByteArray()), tree, cl);
        assertNotNull(pre, "the artifact of this very tree is used");
        Rulebook book = new Rulebook(RuleSetCompiler.compile(tree, cl, pre), Limits.defaults());
        Rulebook fromSource = TestRules.book();
        assertEquals(fromSource.version(), book.version());
        assertEquals(fromSource.ruleCount(), book.ruleCount());
        assertEquals(fromSource.catalogue(), book.catalogue());
        assertEquals(fromSource.warnings().size(), book.warnings().size());

        TestRules.assertEveryCasePasses(book, "read from its compiled form");

        // the same tree with one rule file changed by a comment: the artifact is not used
        RuleTree changed = TestRules.withAppended(tree, "national/ogi/requests.drl", "\n// changed\n");
        assertNull(Precompiled.read(new ByteArrayInputStream(bytes.toByteArray()), changed, cl));
        // and bytes that are not an artifact are refused, not thrown
        assertNull(Precompiled.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), tree, cl));

        // found on the classpath (read on a thread of its own) for the changed tree: refused, and the changed tree is
        // compiled from source instead
        Path dir = Files.createTempDirectory("zwgk-precompiled");
        Files.createDirectories(dir.resolve(Precompiled.RESOURCE).getParent());
        Files.write(dir.resolve(Precompiled.RESOURCE), bytes.toByteArray());
        try (URLClassLoader withArtifact = new URLClassLoader(new URL[] {dir.toUri().toURL()}, cl)) {
            Precompiled stale = Precompiled.find(changed, withArtifact);
            assertNotNull(stale, "the artifact is found on the classpath");
            Rulebook compiledAgain = new Rulebook(RuleSetCompiler.compile(changed, withArtifact, stale), Limits.defaults());
            assertEquals(changed.version(), compiledAgain.version());
            assertEquals(fromSource.ruleCount(), compiledAgain.ruleCount());
            // and for its own tree it is used (the same rule set, judged the same on a case)
            Precompiled fits = Precompiled.find(tree, withArtifact);
            Rulebook fromClasspath = new Rulebook(RuleSetCompiler.compile(tree, withArtifact, fits), Limits.defaults());
            assertEquals(fromSource.version(), fromClasspath.version());
            ExampleCase first = ExampleCases.read(TestRules.directory()).get(0);
            assertTrue(ExampleCases.run(fromClasspath, first).passed());
        }
    }
}
