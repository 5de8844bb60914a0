package org.zwgk.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsCommandTest {

    /** docs/facts.md at the top of the repository. */
    static Path factsMd() {
        return Cli.drl().resolveSibling("docs").resolve("facts.md");
    }

    @Test
    void docsFactsMdIsWhatTheCommandPrintsToday() throws IOException {
        Cli.Result r = Cli.run("facts");
        assertEquals(0, r.exit(), r.toString());
        Path md = factsMd();
        if (Boolean.getBoolean("facts.update")) {
            Files.writeString(md, r.out(), StandardCharsets.UTF_8);
        }
        String file = Files.isRegularFile(md) ? Files.readString(md, StandardCharsets.UTF_8) : "";
        assertTrue(file.equals(r.out()), "docs/facts.md differs from what `bin/rules facts` prints today; regenerate it: "
                + "bin/rules facts > docs/facts.md (or run this test with -Dfacts.update=true)");
    }

    @Test
    void theReferenceNamesListsFieldsValuesAndSourceKeysInChinese() {
        String out = Cli.run("facts").out();
        assertTrue(out.contains("| `tasks` | 计划布置的限期任务 |"), out);
        assertTrue(out.contains("### Request：政府信息公开申请"), out);
        assertTrue(out.contains("| `kind` | [Kind](#kind)的取值 |"), out);
        assertTrue(out.contains("| `validFrom` |"), out);
    }
}
