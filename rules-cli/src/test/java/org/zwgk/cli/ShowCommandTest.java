package org.zwgk.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShowCommandTest {

    @Test
    void aTemplatedRowShowsTheDrlItExpandsTo() {
        Cli.Result r = Cli.run("show", "CYX21-16b", Cli.drl().toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("liaoning/chaoyangxian/cyx21/source.yaml:"), r.toString());
        assertTrue(r.out().contains("模板 accounts-per-platform"), r.toString());
        assertTrue(r.out().contains("package liaoning.chaoyangxian.cyx21;"), r.toString());
        assertTrue(r.out().contains("@id(\"CYX21-16b\")"), r.toString());
        assertTrue(!r.out().contains("@{"), r.toString());
    }

    @Test
    void aHandwrittenRuleShowsItsFileLineAndText() {
        Cli.Result r = Cli.run("show", "HLD24-18", Cli.drl().toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("// .*liaoning/huludao/hld24/newmedia\\.drl:\\d+")), r.toString());
        assertTrue(r.out().contains("rule \"HLD24-18 政务新媒体已备案\""), r.toString());
        assertTrue(r.out().contains("\nend"), r.toString());
    }

    @Test
    void anUnknownIdExitsOne() {
        Cli.Result r = Cli.run("show", "NOPE-1", Cli.drl().toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("NOPE-1"), r.toString());
    }
}
