package org.zwgk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluateCommandTest {

    private static final String MONTH = Cli.facts("district-department-2026-02.json").toString();

    @Test
    void aTableShowsTheLateAnswerWithItsDueDate() {
        Cli.Result r = Cli.run("evaluate", MONTH, "--as-of", "2026-03-10");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("OGI-33\\s+VIOLATION\\s+request:ZRJ-2026-004\\s+2026-02-24\\s+\\S.*")), r.toString());
        assertFalse(r.out().lines().anyMatch(l -> l.matches("\\S+\\s+SATISFIED\\s+.*")), "only what needs attention by default\n" + r);
        assertTrue(r.out().contains("SATISFIED not shown"), r.toString());
    }

    @Test
    void theColumnsLineUpUnderChineseHeadings() {
        Cli.Result r = Cli.run("evaluate", MONTH, "--as-of", "2026-03-10");
        List<String> lines = r.out().lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("规则")).findFirst().orElseThrow();
        int subject = Table.width(header.substring(0, header.indexOf("对象")));
        int message = Table.width(header.substring(0, header.indexOf("说明")));
        List<String> rows = lines.stream().filter(l -> l.contains("request:ZRJ-")).toList();
        assertTrue(rows.size() > 2, r.toString());
        for (String row : rows) {
            assertEquals(subject, Table.width(row.substring(0, row.indexOf("request:"))), row);
        }
        // the messages start under 说明, with or without a due date before them (Chinese counted as two columns)
        String late = rows.stream().filter(l -> l.contains("ZRJ-2026-004")).findFirst().orElseThrow();
        assertEquals(message, Table.width(late.substring(0, late.indexOf("于2026-03-02答复"))), late);
        String fee = rows.stream().filter(l -> l.startsWith("FEE ")).findFirst().orElseThrow();
        assertEquals(message, Table.width(fee.substring(0, fee.indexOf("按量收取"))), fee);
    }

    @Test
    void wideCharactersCountAsTwoColumns() {
        assertEquals(4, Table.width("规则"));
        assertEquals(9, Table.width("VIOLATION"));
        assertEquals(6, Table.width("（，）"));
        assertEquals(8, Table.width("〔OGI〕 "));
    }

    @Test
    void jsonIsTheEvaluationWithIsoDates() throws IOException {
        Cli.Result r = Cli.run("evaluate", MONTH, "--as-of", "2026-03-10", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        JsonNode ev = new ObjectMapper().readTree(r.out());
        assertEquals("2026-03-10", ev.get("asOf").asText());
        assertNotNull(ev.get("rulesetVersion"));
        JsonNode late = null;
        for (JsonNode f : ev.get("findings")) {
            assertFalse("SATISFIED".equals(f.get("status").asText()), r.out());
            if (f.get("ruleId").asText().equals("OGI-33") && f.get("subjectId").asText().equals("ZRJ-2026-004")) {
                late = f;
            }
        }
        assertNotNull(late, r.out());
        assertEquals("VIOLATION", late.get("status").asText());
        assertEquals("2026-02-24", late.get("dueDate").asText());
        assertEquals("request", late.get("subjectKind").asText());
    }

    @Test
    void allIncludesSatisfiedFindings() throws IOException {
        Cli.Result r = Cli.run("evaluate", MONTH, "--as-of", "2026-03-10", "--format", "json", "--all");
        JsonNode ev = new ObjectMapper().readTree(r.out());
        boolean satisfied = false;
        for (JsonNode f : ev.get("findings")) {
            satisfied |= "SATISFIED".equals(f.get("status").asText());
        }
        assertTrue(satisfied, r.out());
    }

    @Test
    void withoutAnEvaluationDateTheCommandRefusesToGuess() {
        Cli.Result r = Cli.run("evaluate", MONTH);
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("no evaluation date") && r.err().contains("--as-of"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void aYamlFactFileMayCarryItsDateAndTheRulesMayComeFromADirectory(@TempDir Path tmp) throws IOException {
        Path facts = tmp.resolve("late.yaml");
        Files.writeString(facts, """
                asOf: 2024-03-20
                units: [{id: u1, name: 双塔区某局, division: "211302", kind: DEPARTMENT}]
                requests:
                  - {id: r1, unit: u1, channel: IN_PERSON, submittedOn: 2024-02-05, answeredOn: 2024-03-11}
                """);
        Cli.Result r = Cli.run("evaluate", facts.toString(), "--rules", Cli.drl().toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("as of 2024-03-20"), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("OGI-33\\s+VIOLATION\\s+request:r1\\s+2024-03-08\\s+.*")), r.toString());
    }

    @Test
    void aMisspelledFieldIsReportedWithItsLine(@TempDir Path tmp) throws IOException {
        Path facts = tmp.resolve("typo.json");
        Files.writeString(facts, """
                {
                  "units": [{"id": "u1", "name": "某局", "division": "211302", "kind": "DEPARTMENT"}],
                  "requests": [{"id": "r1", "unit": "u1", "channel": "IN_PERSON", "submitedOn": "2024-02-05"}]
                }
                """);
        Cli.Result r = Cli.run("evaluate", facts.toString(), "--as-of", "2024-03-20");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().startsWith(facts + " 第3行：政府信息公开申请（Request）没有字段“submitedOn”，是否应为“submittedOn”？"), r.toString());
        assertTrue(r.out().contains("unknown field 'submitedOn' of Request at line 3 — did you mean 'submittedOn'?"), r.toString());
    }

    @Test
    void aMisspelledListOrABadValueIsReportedWithTheNearestNameOrTheAllowedValues(@TempDir Path tmp) throws IOException {
        Path facts = tmp.resolve("typo.yaml");
        Files.writeString(facts, "units: [{id: u1, name: 某局, division: \"211302\", kind: DEPARTMENT}]\nrequest: []\n");
        Cli.Result r = Cli.run("evaluate", facts.toString(), "--as-of", "2024-03-20");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().startsWith(facts + " 第2行：未知的清单“request”，是否应为“requests”？"), r.toString());

        Files.writeString(facts, "units: [{id: u1, name: 某局, division: \"211302\", kind: DEPT}]\n");
        r = Cli.run("evaluate", facts.toString(), "--as-of", "2024-03-20");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().startsWith(facts + " 第1行：“kind”的取值“DEPT”无效，应为以下之一：GOVERNMENT、GOVERNMENT_OFFICE、DEPARTMENT、TOWNSHIP"), r.toString());
    }
}
