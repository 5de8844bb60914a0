package org.zwgk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffCommandTest {

    private static final String MONTH = Cli.facts("district-department-2026-02.json").toString();

    @Test
    void aWiderWarningWindowTurnsAnOpenRequestIntoAWarning(@TempDir Path tmp) throws IOException {
        Path edited = Cli.copyOfDrl(tmp.resolve("drl"));
        Cli.edit(edited.resolve("national/ogi/source.yaml"), "warning-working-days:\n    values:\n      - {from: 2019-05-15, value: 3,",
                "warning-working-days:\n    values:\n      - {from: 2019-05-15, value: 5,");

        // on 2026-03-11 request ZRJ-2026-008 has 5 working days left (due 2026-03-18)
        Cli.Result r = Cli.run("diff", Cli.drl().toString(), edited.toString(), MONTH, "--as-of", "2026-03-11");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(
                "~\\s+OGI-33\\s+request:ZRJ-2026-008\\s+OPEN → WARNING\\s+2026-03-18\\s+距答复期限2026-03-18还有5个工作日.*")), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("0 appeared, 0 disappeared, 1 changed, \\d+ unchanged \\(1 fact file\\)")), r.toString());
    }

    @Test
    void theSameRulesShowNoDifference() {
        Cli.Result r = Cli.run("diff", Cli.drl().toString(), Cli.drl().toString(), MONTH, "--as-of", "2026-03-10");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("  no differences"), r.toString());
        assertTrue(r.out().contains("0 appeared, 0 disappeared, 0 changed, "), r.toString());
    }

    @Test
    void aRuleSetThatDoesNotLoadFailsTheDiff(@TempDir Path tmp) throws IOException {
        Path edited = Cli.copyOfDrl(tmp.resolve("drl"));
        int line = Cli.lineOf(edited.resolve("national/ogi/requests.drl"), "package national.ogi;");
        Cli.edit(edited.resolve("national/ogi/requests.drl"), "package national.ogi;", "package national.wrong;");
        Cli.Result r = Cli.run("diff", Cli.drl().toString(), edited.toString(), MONTH, "--as-of", "2026-03-10");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("the new rules (" + edited + ") do not load"), r.toString());
        assertTrue(r.out().contains(edited.resolve("national/ogi/requests.drl") + ":" + line), r.toString());
    }

    @Test
    void withoutADateItIsAUsageError() {
        Cli.Result r = Cli.run("diff", Cli.drl().toString(), Cli.drl().toString(), MONTH);
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("--as-of"), r.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("validate") && r.err().contains("diff"), r.toString());
    }
}
