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
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {

    private static final String LEDGER = Cli.facts("township-ledger-2025.json").toString();

    @Test
    void theTablesPrintWithTheirNumbersUnderTheChineseColumnHeadings() {
        Cli.Result r = Cli.run("report", "--year", "2025", LEDGER);
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("申请人情况")).findFirst().orElseThrow();
        String row = lines.stream().filter(l -> l.startsWith("一、本年新收")).findFirst().orElseThrow();
        // each number ends where its heading's column starts + the heading's width allows: they share a start column
        for (String col : List.of("自然人", "商业企业", "总计")) {
            int at = Table.width(header.substring(0, header.indexOf(col)));
            String cell = cellAt(row, at);
            assertTrue(cell.matches("\\d+"), col + " column starts at " + at + " in\n" + header + "\n" + row);
        }
        assertTrue(row.matches("一、本年新收政府信息公开申请数量\\s+6\\s+1\\s+1\\s+1\\s+1\\s+1\\s+11"), row);
        assertTrue(lines.stream().anyMatch(l -> l.matches("行政复议\\s+2\\s+0\\s+0\\s+1\\s+3")), r.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("行政规范性文件\\s+2\\s+1\\s+9")), r.toString());
        assertTrue(r.out().contains("完整"), r.toString());
    }

    /** The text that starts at display column {@code at} of a line, up to the next space. */
    private static String cellAt(String line, int at) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            if (w == at) {
                String rest = line.substring(i);
                int sp = rest.indexOf(' ');
                return sp < 0 ? rest : rest.substring(0, sp);
            }
            w += Table.width(line.codePointAt(i));
        }
        return "";
    }

    @Test
    void jsonAndCsvCarryTheRequestIdsOfEachCell() throws IOException {
        Cli.Result json = Cli.run("report", "--year", "2025", "--format", "json", LEDGER);
        assertEquals(0, json.exit(), json.toString());
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertEquals(11, n.at("/tables/requests/TOTAL/6").asInt());
        Cli.Result csv = Cli.run("report", "--year", "2025", "--format", "csv", LEDGER);
        assertTrue(csv.out().lines().anyMatch(l -> l.equals("三,二、上年结转政府信息公开申请数量,总计,2,SJW-2024-015 SJW-2024-016")), csv.toString());
    }

    @Test
    void aRequestThatCannotBePlacedMakesTheTablesIncompleteAndExitsOne(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ledger.json");
        Files.writeString(f, Files.readString(Path.of(LEDGER)).replaceFirst("\"applicantKind\": \"NATURAL_PERSON\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"2025-02-10\"",
                "\"channel\": \"IN_PERSON\", \"submittedOn\": \"2025-02-10\""));
        Cli.Result r = Cli.run("report", "--year", "2025", f.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("request:SJW-2025-001\\s+applicantKind\\s+缺少applicantKind.*")), r.toString());
    }

    @Test
    void anUnknownUnitIsNamed() {
        Cli.Result r = Cli.run("report", "--year", "2025", "--unit", "nobody", LEDGER);
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains(": error: unit: no unit with id 'nobody' in units"), r.toString());
    }
}
