package org.zwgk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCommandTest {

    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

    @Test
    void everyShippedCasePasses() {
        Cli.Result r = Cli.run("test", Cli.drl().toString());
        assertEquals(0, r.exit(), r.toString());
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find(), r.toString());
        int passed = Integer.parseInt(m.group(1));
        assertTrue(passed > 0, r.toString());
        assertEquals("0", m.group(2), r.toString());
        assertEquals(passed, r.out().lines().filter(l -> l.startsWith("PASS ") && l.contains(" › ")).count(), r.toString());
    }

    @Test
    void aWrongExpectationFailsWithItsDiff(@TempDir Path tmp) throws IOException {
        Path dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Cli.edit(dir.resolve("national/ogi/requests.cases.yaml"),
                "{rule: OGI-33, subject: \"request:SHT-SCJ-2024-003\", status: SATISFIED, due: 2024-04-01}",
                "{rule: OGI-33, subject: \"request:SHT-SCJ-2024-003\", status: SATISFIED, due: 2024-04-02}");

        Cli.Result r = Cli.run("test", dir.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        int fail = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FAIL national/ogi/requests.cases.yaml › ")) {
                fail = i;
            }
        }
        assertTrue(fail >= 0, r.toString());
        assertEquals("  - expected OGI-33 request:SHT-SCJ-2024-003 SATISFIED due 2024-04-02", lines.get(fail + 1), r.toString());
        assertTrue(lines.get(fail + 2).startsWith("  + actual   OGI-33 request:SHT-SCJ-2024-003 SATISFIED due 2024-04-01"), r.toString());
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find(), r.toString());
        assertEquals("1", m.group(2), r.toString());
    }

    @Test
    void aCheckedDutyWithoutRuleOrCasesFailsAsTheBuildDoes(@TempDir Path tmp) throws IOException {
        Path dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Cli.edit(dir.resolve("shandong/yicheng/yc21/source.yaml"), "  - id: YC21-2\n    kind: guidance", "  - id: YC21-2\n    kind: rule");

        Cli.Result r = Cli.run("test", dir.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("缺少案例 YC21-2：source.yaml登记为规则（kind: rule），但没有DRL规则"), r.toString());
        assertTrue(r.out().contains("缺少案例 YC21-2：没有触发（VIOLATION或WARNING）的案例"), r.toString());
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find(), r.toString());
        assertEquals("0", m.group(2), "every case still passes: " + r);
    }

    @Test
    void rulesThatDoNotLoadFailWithTheirProblems(@TempDir Path tmp) throws IOException {
        Path dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Cli.edit(dir.resolve("national/ogi/requests.drl"), "package national.ogi;", "package national.wrong;");

        Cli.Result r = Cli.run("test", dir.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("national/ogi/requests.drl:"), r.toString());
        assertTrue(r.out().contains("does not match the folder"), r.toString());
    }
}
