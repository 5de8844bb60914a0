package org.zwgk.rules.internal;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Not a test: the build step that writes the compiled built-in rule set into the classes directory (run by the
 * {@code precompile-rulebook} surefire execution of rules-core's pom, after the tests, so that the jar carries it).
 * Its name matches no test pattern, so the test run leaves it out.
 */
class PrecompileRulebook {

    @Test
    void writeTheCompiledBuiltInRuleSet() throws Exception {
        String out = System.getProperty("zwgk.precompile.out");
        assertNotNull(out, "zwgk.precompile.out: the classes directory to write " + Precompiled.RESOURCE + " into");
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        System.out.println("[precompile] " + Precompiled.writeBuiltIn(Path.of(out), cl));
    }
}
