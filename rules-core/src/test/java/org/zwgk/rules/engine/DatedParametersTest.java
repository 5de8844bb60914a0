package org.zwgk.rules.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parameter's value is a dated list; the value in force on the date asked about applies. */
class DatedParametersTest {

    private static final String HEADER = """
            code: TST
            document: 测试办法
            issuer: 测试
            jurisdiction: "000000"
            jurisdictionName: 全国
            validFrom: 2020-01-01
            parameters:
            """;

    /** A rule directory with the real calendar, the national sources and one source of the given parameters (no rules). */
    private static Path tree(Path tmp, String parameters) throws IOException {
        Path drl = Path.of(System.getProperty("zwgk.drl", "../drl")).toAbsolutePath().normalize();
        Path cal = Files.createDirectories(tmp.resolve("calendar"));
        try (Stream<Path> files = Files.list(drl.resolve("calendar"))) {
            for (Path f : files.toList()) {
                Files.copy(f, cal.resolve(f.getFileName().toString()));
            }
        }
        for (String national : new String[]{"national/ogi", "national/fee"}) { // the engine's deadline and fee sources
            Files.copy(drl.resolve(national + "/source.yaml"), Files.createDirectories(tmp.resolve(national)).resolve("source.yaml"));
        }
        Path src = Files.createDirectories(tmp.resolve("test/tst"));
        Files.writeString(src.resolve("source.yaml"), HEADER + parameters);
        Files.writeString(src.resolve("none.drl"), "package test.tst;\n");
        return tmp;
    }

    @Test
    void theValueSwitchesOnItsFromDate(@TempDir Path tmp) throws IOException {
        Rulebook book = Rulebook.load(tree(tmp, """
                  answer-days:
                    clause: 第一条
                    meaning: 答复期限（工作日）
                    values:
                      - {from: 2020-01-01, value: 20, reference: 旧办法}
                      - {from: 2024-07-01, value: 15, reference: 新办法}
                """));
        Params p = new Params(book.sources());
        assertEquals(20, p.integer("TST", "answer-days", LocalDate.of(2020, 1, 1)));
        assertEquals(20, p.integer("TST", "answer-days", LocalDate.of(2024, 6, 30)));
        assertEquals(15, p.integer("TST", "answer-days", LocalDate.of(2024, 7, 1)));
        // the undated read is the value in force on the evaluation date
        assertEquals(20, p.on(LocalDate.of(2023, 3, 1)).integer("TST", "answer-days"));
        assertEquals(15, p.on(LocalDate.of(2025, 3, 1)).integer("TST", "answer-days"));
        // before the first from nothing is in force: an error naming source, parameter and dates
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.integer("TST", "answer-days", LocalDate.of(2019, 12, 31)));
        assertTrue(e.getMessage().contains("TST.answer-days") && e.getMessage().contains("2019-12-31")
                && e.getMessage().contains("2020-01-01"), e.getMessage());
        Source.Parameter param = book.sources().get("TST").parameters().get("answer-days");
        assertEquals("新办法", param.values().get(1).reference());
        assertEquals(15, param.value(), "the latest value is shown where no date is asked");
    }

    @Test
    void theShortFormIsOneValueFromTheSourcesStart(@TempDir Path tmp) throws IOException {
        Rulebook book = Rulebook.load(tree(tmp, """
                  notice-days:
                    value: 7
                    clause: 第二条
                    meaning: 告知期限（工作日）
                """));
        Params p = new Params(book.sources());
        Source.Parameter param = book.sources().get("TST").parameters().get("notice-days");
        assertEquals(1, param.values().size());
        assertEquals(LocalDate.of(2020, 1, 1), param.values().get(0).from());
        assertEquals(7, p.integer("TST", "notice-days", LocalDate.of(2020, 1, 1)));
        assertEquals(7, p.on(LocalDate.of(2030, 1, 1)).integer("TST", "notice-days"));
        assertThrows(IllegalArgumentException.class, () -> p.integer("TST", "notice-days", LocalDate.of(2019, 5, 1)));
    }

    @Test
    void datesOutOfOrderAreALoadErrorNamingFileParameterAndLine(@TempDir Path tmp) throws IOException {
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> Rulebook.load(tree(tmp, """
                  notice-days:
                    value: 7
                    clause: 第二条
                    meaning: 告知期限（工作日）
                  answer-days:
                    clause: 第一条
                    meaning: 答复期限（工作日）
                    values:
                      - {from: 2024-07-01, value: 15, reference: 新办法}
                      - {from: 2020-01-01, value: 20, reference: 旧办法}
                """)));
        RulebookLoadException.Problem p = e.problems().stream()
                .filter(x -> x.message().contains("answer-days")).findFirst().orElseThrow(() -> new AssertionError(e.problems()));
        assertTrue(p.file().endsWith("source.yaml"), p.file());
        assertEquals(12, p.line(), "line of answer-days: in the file");
        assertTrue(p.message().contains("ascending") && p.message().contains("2020-01-01"), p.message());
    }

    @Test
    void theNationalSourcesAreDatedWithTheirReferences() {
        Rulebook book = Rulebook.load(Path.of(System.getProperty("zwgk.drl", "../drl")).toAbsolutePath().normalize());
        Source.Parameter answer = book.sources().get("OGI").parameters().get("answer-working-days");
        assertEquals(LocalDate.of(2019, 5, 15), answer.values().get(0).from());
        assertEquals("国务院令第711号", answer.values().get(0).reference());
        assertEquals(20, new Params(book.sources()).integer("OGI", "answer-working-days", LocalDate.of(2024, 3, 1)));
        book.sources().get("FEE").parameters().forEach((name, p) ->
                assertTrue(p.values().get(0).reference() != null, "FEE." + name + " has no reference"));
    }

    @Test
    void aRequestIsCountedWithTheNumbersInForceOnItsOwnDate(@TempDir Path tmp) throws IOException {
        Path tree = tree(tmp, """
                  unused:
                    value: 1
                    clause: —
                    meaning: 无
                """);
        Path ogi = tree.resolve("national/ogi/source.yaml");
        String text = Files.readString(ogi);
        String from = "      - {from: 2019-05-15, value: 20, reference: 国务院令第711号}\n";
        int at = text.indexOf("  answer-working-days:");
        int line = text.indexOf(from, at);
        Files.writeString(ogi, text.substring(0, line + from.length())
                + "      - {from: 2025-07-01, value: 10, reference: 假设的修订}\n" + text.substring(line + from.length()));
        Rulebook book = Rulebook.load(tree);
        // Tue 2025-06-03 received: 20 working days (June has 端午 on 06-02 only, before) → 2025-07-01
        org.zwgk.rules.facts.Request before = new org.zwgk.rules.facts.Request("a", "u", org.zwgk.rules.facts.Channel.IN_PERSON, LocalDate.of(2025, 6, 3));
        // Tue 2025-07-01 received: the revised 10 working days → Tue 2025-07-15
        org.zwgk.rules.facts.Request after = new org.zwgk.rules.facts.Request("b", "u", org.zwgk.rules.facts.Channel.IN_PERSON, LocalDate.of(2025, 7, 1));
        LocalDate asOf = LocalDate.of(2025, 7, 2);
        assertEquals(LocalDate.of(2025, 7, 1), book.answerDeadline(before, asOf).due());
        assertEquals(LocalDate.of(2025, 7, 15), book.answerDeadline(after, asOf).due());
    }

    @Test
    void aScaleWithThresholdsOutOfOrderIsALoadError(@TempDir Path tmp) throws IOException {
        RulebookLoadException e = assertThrows(RulebookLoadException.class, () -> Rulebook.load(tree(tmp, """
                  page-scale:
                    clause: 第五条
                    meaning: 每页收费
                    values:
                      - from: 2021-01-01
                        reference: 测试
                        value:
                          brackets:
                            - {threshold: 0, rate: 0}
                            - {threshold: 101, rate: 20}
                            - {threshold: 31, rate: 10}
                """)));
        RulebookLoadException.Problem p = e.problems().stream()
                .filter(x -> x.message().contains("page-scale")).findFirst().orElseThrow(() -> new AssertionError(e.problems()));
        assertEquals(8, p.line());
        assertTrue(p.message().contains("bracket 3") && p.message().contains("ascend"), p.message());
    }
}
