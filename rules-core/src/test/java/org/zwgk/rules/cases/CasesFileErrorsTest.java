package org.zwgk.rules.cases;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.internal.RuleTree;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A slip in a cases file is reported with the file, the line and the nearest known name, in Chinese first. */
class CasesFileErrorsTest {

    private static final String FILE = "national/ogi/requests.cases.yaml";

    private static CasesFileException read(String yaml) {
        RuleTree tree = new RuleTree("test", List.of(new RuleTree.TreeFile(FILE, yaml.getBytes(StandardCharsets.UTF_8))));
        return assertThrows(CasesFileException.class, () -> ExampleCases.read(tree));
    }

    private static String caseWith(String facts) {
        return """
                cases:
                  - name: 一件申请
                    asOf: 2024-03-20
                    facts:
                      units: [{id: u1, name: 某局, division: "211302", kind: DEPARTMENT}]
                """ + facts + """
                    expect:
                      - {rule: OGI-33, subject: "request:r1", status: SATISFIED}
                """;
    }

    private static void noJacksonChain(CasesFileException e) {
        assertFalse(e.getMessage().contains("through reference chain"), e.getMessage());
        assertFalse(e.getMessage().contains("org.zwgk"), e.getMessage());
        assertFalse(e.getMessage().contains("[Source:"), e.getMessage());
    }

    @Test
    void anUnknownListNamesTheLineAndTheNearestList() {
        CasesFileException e = read(caseWith("      task: [{id: t1, unit: u1}]\n"));
        assertEquals(FILE, e.file());
        assertEquals(6, e.line(), e.getMessage());
        assertEquals(FILE + " 第6行：未知的清单“task”，是否应为“tasks”？（unknown list 'task' at line 6 — did you mean 'tasks'?）",
                e.getMessage());
        noJacksonChain(e);
    }

    @Test
    void anUnknownListWrittenAboveItsItemsIsPlacedOnItsOwnLine() {
        CasesFileException e = read(caseWith("      request:\n        - {id: r1, unit: u1}\n"));
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + " 第6行：未知的清单“request”，是否应为“requests”？"), e.getMessage());
        assertTrue(e.getMessage().contains("at line 6 — did you mean 'requests'?"), e.getMessage());
    }

    @Test
    void anUnknownFieldOfAFactNamesTheFactAndTheNearestField() {
        CasesFileException e = read(caseWith("      requests:\n        - {id: r1, unit: u1, channel: IN_PERSON, submitedOn: 2024-02-05}\n"));
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + " 第7行：政府信息公开申请（Request）没有字段“submitedOn”，是否应为“submittedOn”？"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field 'submitedOn' of Request at line 7 — did you mean 'submittedOn'?"), e.getMessage());
        noJacksonChain(e);
    }

    @Test
    void aNameFarFromEveryKnownOneListsTheKnownNames() {
        CasesFileException e = read(caseWith("      requests:\n        - {id: r1, unit: u1, 提交日: 2024-02-05}\n"));
        assertTrue(e.getMessage().contains("没有字段“提交日”；可写的名称：id、unit、applicant"), e.getMessage());
        assertTrue(e.getMessage().contains("docs/facts.md"), e.getMessage());
    }

    @Test
    void aBadEnumValueListsTheAllowedValues() {
        CasesFileException e = read(caseWith("      requests:\n        - {id: r1, unit: u1, channel: IN_PERSN, submittedOn: 2024-02-05}\n"));
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + " 第7行：“channel”的取值“IN_PERSN”无效，应为以下之一：IN_PERSON、POST_SIGNED、POST_UNSIGNED、ONLINE、FAX；是否应为“IN_PERSON”？"),
                e.getMessage());
        assertTrue(e.getMessage().contains("bad value 'IN_PERSN' for 'channel' at line 7; allowed: IN_PERSON, POST_SIGNED"), e.getMessage());
        noJacksonChain(e);
    }

    @Test
    void aBadDateNamesTheFieldAndTheFormat() {
        CasesFileException e = read(caseWith("      requests:\n        - {id: r1, unit: u1, channel: IN_PERSON, submittedOn: 2024-02-30}\n"));
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + " 第7行：“submittedOn”的日期“2024-02-30”无效，应写作 YYYY-MM-DD 的真实日期"), e.getMessage());
        assertTrue(e.getMessage().contains("bad date '2024-02-30' for 'submittedOn' at line 7"), e.getMessage());
        noJacksonChain(e);
    }

    @Test
    void aBadStatusInExpectListsTheStatuses() {
        CasesFileException e = read(caseWith("      requests: []\n").replace("status: SATISFIED", "status: SATISFED"));
        assertTrue(e.getMessage().contains("“status”的取值“SATISFED”无效，应为以下之一："), e.getMessage());
        assertTrue(e.getMessage().contains("是否应为“SATISFIED”？"), e.getMessage());
    }

    @Test
    void anUnknownKeyOfACaseNamesTheNearestKey() {
        CasesFileException e = read(caseWith("      requests: []\n").replace("    expect:", "    expects:"));
        assertTrue(e.getMessage().contains("案例中未知的键“expects”，是否应为“expect”？"), e.getMessage());
    }

    @Test
    void aCaseWithoutItsDateSaysWhatItLacks() {
        CasesFileException e = read(caseWith("      requests: []\n").replace("    asOf: 2024-03-20\n", ""));
        assertTrue(e.getMessage().contains("案例“一件申请”缺少 asOf：每个案例都须有 name、asOf 和 facts"), e.getMessage());
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() {
        CasesFileException e = read(caseWith("      requests: [{id: r1, unit: u1\n"));
        assertTrue(e.line() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("格式错误"), e.getMessage());
    }

    @Test
    void nearestNamesAreSlipsNotGuesses() {
        assertEquals("tasks", ReadError.nearest("task", List.of("units", "tasks", "places")));
        assertEquals("requests", ReadError.nearest("Requests", List.of("units", "requests")));
        assertEquals(null, ReadError.nearest("zzzzzz", List.of("units", "requests")));
    }
}
