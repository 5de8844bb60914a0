package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule file may only judge facts: the lint refuses code that reaches the system, files, reflection or threads. */
class DrlLintTest {

    private static final String HEAD = """
            package national.ogi;
            import org.zwgk.rules.facts.Request;
            global org.zwgk.rules.engine.Findings findings;
            rule "OGI-33 probe"
                @id("OGI-33") @clause("第三十三条")
            when
                $r : Request()
            then
            """;

    private static RulebookLoadException loadWith(Path dir, String drl) throws IOException {
        TestRules.copyTo(dir);
        Files.writeString(dir.resolve("national/ogi/probe.drl"), drl);
        return assertThrows(RulebookLoadException.class, () -> Rulebook.load(dir));
    }

    @Test
    void aRuleCallingSystemExitIsRefused(@TempDir Path dir) throws IOException {
        RulebookLoadException e = loadWith(dir, HEAD + "    System.exit(1);\nend\n");
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("national/ogi/probe.drl") && p.line() == 9
                && p.message().contains("the system")), e.getMessage());
    }

    @Test
    void aRuleReadingAFileIsRefused(@TempDir Path dir) throws IOException {
        RulebookLoadException e = loadWith(dir, HEAD.replace("import org.zwgk.rules.facts.Request;",
                "import org.zwgk.rules.facts.Request;\nimport java.nio.file.Files;")
                + "    String s = Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));\nend\n");
        assertTrue(e.getMessage().contains("import java.nio.file.Files is not allowed"), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("files")), e.getMessage());
    }

    @Test
    void aRuleUsingReflectionIsRefused(@TempDir Path dir) throws IOException {
        RulebookLoadException e = loadWith(dir, HEAD + "    Object o = Class.forName(\"java.lang.Runtime\").getDeclaredMethods();\nend\n");
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("reflection")), e.getMessage());
    }

    @Test
    void aRuleStartingAThreadIsRefused(@TempDir Path dir) throws IOException {
        RulebookLoadException e = loadWith(dir, HEAD + "    new Thread(() -> {}).start();\nend\n");
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("threads")), e.getMessage());
    }

    @Test
    void wordsInsideMessagesAndCommentsAreNotCode(@TempDir Path dir) throws IOException {
        TestRules.copyTo(dir);
        Files.writeString(dir.resolve("national/ogi/probe.drl"), HEAD
                + "    // System.exit is mentioned in a comment only\n"
                + "    findings.violation(kcontext, $r, \"System.exit Thread File\");\nend\n");
        Rulebook.load(dir); // loads
    }

    @Test
    void theShippedRulesPassTheLintWithoutWarnings() {
        List<RulebookLoadException.Problem> literals = TestRules.book().warnings().stream()
                .filter(p -> p.message().startsWith("literal ")).toList();
        assertEquals(List.of(), literals);
    }
}
