package org.zwgk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/rules} itself, on the packaged jar: the JVM options it starts Java with work on this Java, standard
 * output carries only what the command prints (JSON a program reads gets no JVM message mixed in), and
 * {@code RULES_JAVA_OPTS} reaches the JVM without changing the answer.
 */
class RulesScriptIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> EVALUATE = List.of("evaluate", "examples/facts/district-department-2026-02.json",
            "--as-of", "2026-03-10", "--format", "json");

    @Test
    void evaluatePrintsOnlyItsJsonAndTheSameWithExtraJavaOptions() throws Exception {
        Run plain = run(EVALUATE, null);
        assertEquals(0, plain.exit(), plain.err());
        JsonNode json = new ObjectMapper().readTree(plain.out()); // the whole of stdout is one JSON document
        assertEquals("2026-03-10", json.path("asOf").asText(), plain.out());
        assertTrue(json.path("findings").size() > 0, "the month has findings: " + plain.out());

        // compiled from source instead of the jar's compiled form: an option the JVM only gets through RULES_JAVA_OPTS
        Run compiled = run(EVALUATE, "-Dzwgk.precompiled=off");
        assertEquals(0, compiled.exit(), compiled.err());
        assertEquals(plain.out(), compiled.out(), "the same evaluation either way");
    }

    @Test
    void validateExitsZeroOnTheTree() throws Exception {
        Run r = run(List.of("validate", "drl"), null);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("0个错误"), r.out());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> args, String javaOpts) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("bin/rules").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
        pb.environment().remove("RULES_JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("RULES_JAVA_OPTS", javaOpts);
        }
        Path out = Files.createTempFile("rules-out", ".txt");
        Path err = Files.createTempFile("rules-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/rules " + args + " did not finish in 300 s");
        }
        try {
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
