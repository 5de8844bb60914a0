package org.zwgk.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.rules.internal.RuleTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rules replay}: decision lines in the service's format (as {@code zwgk.decisions} writes them, personal
 * fields pseudonymised) judged again under the archived rule set they name.
 */
class ReplayCommandTest {
    private static String version;

    @TempDir
    static Path archive;

    /** The archive as the service keeps it: the tree, in a folder named by its version (hashed, not compiled, here). */
    @BeforeAll
    static void archiveTheTree() {
        version = RuleTree.fromDirectory(Cli.drl()).version();
        Cli.copyOfDrl(archive.resolve(version));
    }

    /** A late answer, as the service logged it: OGI-33 VIOLATION due 2024-03-08. */
    static String evaluationLine(String version, String findings) {
        return "{\"time\":\"2026-11-30T13:53:30.289884665Z\",\"caller\":\"admin-token-1\",\"endpoint\":\"/api/v1/evaluations\","
                + "\"mode\":\"single\",\"asOf\":\"2024-03-20\",\"rulesetVersion\":\"" + version + "\",\"options\":{\"statuses\":"
                + "[\"VIOLATION\"],\"sources\":[],\"jurisdiction\":null},\"factsSha256\":\"e131f87461a548733e8f4c486429b5c63fbd9a4d1834e0c623eb26d96686d633\","
                + "\"findings\":[" + findings + "],\"masked\":[\"applicant\",\"contactPerson\",\"consultations.name\",\"content\"],"
                + "\"facts\":{\"units\":[{\"id\":\"u1\",\"name\":\"双塔区某局\",\"division\":\"211302\",\"kind\":\"DEPARTMENT\","
                + "\"contactPerson\":\"masked:1\"}],\"requests\":[{\"id\":\"r1\",\"unit\":\"u1\",\"applicant\":\"masked:2\","
                + "\"channel\":\"IN_PERSON\",\"submittedOn\":\"2024-02-05\",\"answeredOn\":\"2024-03-11\",\"consultations\":[]}]}}";
    }

    static final String LATE = "{\"ruleId\":\"OGI-33\",\"ruleName\":\"OGI-33 逾期答复\",\"subject\":\"request:r1\",\"unit\":\"u1\","
            + "\"status\":\"VIOLATION\",\"dueDate\":\"2024-03-08\"}";

    static final String DEADLINE_LINE = "{\"time\":\"2026-11-30T13:53:31.353242295Z\",\"caller\":\"anonymous\",\"endpoint\":"
            + "\"/api/v1/deadlines\",\"mode\":\"deadline\",\"asOf\":\"2024-03-20\",\"rulesetVersion\":\"%s\",\"factsSha256\":"
            + "\"25ec2010f6ba1c2a420ff8487a8b1e478593978aacea8cf49b7f4fceb609839b\",\"findings\":[{\"ruleId\":\"OGI-33\","
            + "\"subject\":\"request:r1\",\"status\":\"VIOLATION\",\"dueDate\":\"2024-03-08\",\"state\":\"RUNNING\","
            + "\"workingDaysLeft\":-8}],\"masked\":[\"applicant\",\"contactPerson\",\"consultations.name\",\"content\"],"
            + "\"request\":{\"id\":\"r1\",\"unit\":\"u1\",\"applicant\":\"masked:1\",\"channel\":\"IN_PERSON\","
            + "\"submittedOn\":\"2024-02-05\",\"consultations\":[]}}";

    private static Path write(Path dir, String... lines) throws IOException {
        Path f = dir.resolve("decisions.log");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void loggedDecisionsGiveTheSameFindingsUnderTheArchivedVersionTheyName(@TempDir Path tmp) throws IOException {
        Path log = write(tmp, evaluationLine(version, LATE), "", DEADLINE_LINE.formatted(version));
        Cli.Result r = Cli.run("replay", log.toString(), "--archive", archive.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("line 1: /api/v1/evaluations (single), as of 2024-03-20, rule set " + version
                + ", caller admin-token-1"), r.toString());
        assertTrue(r.out().contains("  same findings (1)"), r.toString());
        assertTrue(r.out().contains("line 3: /api/v1/deadlines (deadline)"), r.toString());
        assertTrue(r.out().contains("2 decisions replayed: 2 same, 0 different"), r.toString());
    }

    @Test
    void findingsThatDifferFromTheLoggedOnesAreShownAndExit1(@TempDir Path tmp) throws IOException {
        String otherDue = LATE.replace("2024-03-08", "2024-03-11").replace("VIOLATION", "SATISFIED");
        Cli.Result r = Cli.run("replay", write(tmp, evaluationLine(version, otherDue)).toString(), "--archive", archive.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("  - OGI-33 request:r1 SATISFIED 2024-03-11 [OGI-33 逾期答复, u1]"), r.toString());
        assertTrue(r.out().contains("  + OGI-33 request:r1 VIOLATION 2024-03-08 [OGI-33 逾期答复, u1]"), r.toString());
        assertTrue(r.out().contains("1 decision replayed: 0 same, 1 different"), r.toString());
    }

    @Test
    void anArchivedTreeChangedAfterTheDecisionIsDetected(@TempDir Path tmp) throws IOException {
        // the copy kept under the logged version is edited afterwards: the answer period shortened to 15 working days
        Path changed = tmp.resolve("archive");
        Path copy = Cli.copyOfDrl(changed.resolve(version));
        Cli.edit(copy.resolve("national/ogi/source.yaml"), "answer-working-days:\n    values:\n      - {from: 2019-05-15, value: 20,",
                "answer-working-days:\n    values:\n      - {from: 2019-05-15, value: 15,");
        Cli.Result r = Cli.run("replay", write(tmp, evaluationLine(version, LATE)).toString(), "--archive", changed.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("the archived rule set " + version + " has been altered: it now loads as version "), r.toString());
        assertTrue(r.out().contains("  - OGI-33 request:r1 VIOLATION 2024-03-08"), r.toString());
        // 15 working days after 2024-02-05, across the Spring Festival holiday and its Sunday working day
        assertTrue(r.out().contains("  + OGI-33 request:r1 VIOLATION 2024-03-01"), r.toString());
    }

    @Test
    void aVersionNotInTheArchiveOrALineThatIsNoDecisionIsAUsageError(@TempDir Path tmp) throws IOException {
        Cli.Result missing = Cli.run("replay", write(tmp, evaluationLine("0123456789ab", LATE)).toString(), "--archive", archive.toString());
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("rule set 0123456789ab is not in the archive"), missing.toString());

        Cli.Result notJson = Cli.run("replay", write(tmp, "2026-11-30 INFO started").toString(), "--archive", archive.toString());
        assertEquals(2, notJson.exit(), notJson.toString());
        assertTrue(notJson.err().contains("line 1 is not a decision line"), notJson.toString());

        Cli.Result noFile = Cli.run("replay", tmp.resolve("nothing.log").toString());
        assertEquals(2, noFile.exit(), noFile.toString());
    }
}
