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

    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+)个案例通过，(\\d+)个失败（\\1 passed, \\2 failed）$");

    @Test
    void everyShippedCasePasses() {
        Cli.Result r = Cli.run("test", Cli.drl().toString());
        assertEquals(0, r.exit(), r.toString());
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find(), r.toString());
        int passed = Integer.parseInt(m.group(1));
        assertTrue(passed > 0, r.toString());
        assertEquals("0", m.group(2), r.toString());
        assertEquals(passed, r.out().lines().filter(l -> l.startsWith("通过 ") && l.contains(" › ")).count(), r.toString());
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
            if (lines.get(i).startsWith("失败 national/ogi/requests.cases.yaml › ")) {
                fail = i;
            }
        }
        assertTrue(fail >= 0, r.toString());
        assertEquals("  - 应有 OGI-33 request:SHT-SCJ-2024-003 SATISFIED due 2024-04-02", lines.get(fail + 1), r.toString());
        assertTrue(lines.get(fail + 2).startsWith("  + 实有 OGI-33 request:SHT-SCJ-2024-003 SATISFIED due 2024-04-01"), r.toString());
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
        assertTrue(r.out().contains("错误：package 与所在文件夹不一致：文件夹 national/ogi 应写 package national.ogi;（package national.wrong does not match the folder"), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("规则无法加载（[1-9]\\d*个错误），未运行任何案例（.*）")), r.toString());
    }

    @Test
    void aTypoInACasesFileNamesTheFileTheLineAndTheNearestList(@TempDir Path tmp) throws IOException {
        Path dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Path file = dir.resolve("national/ogi/requests.cases.yaml");
        String text = java.nio.file.Files.readString(file);
        java.util.regex.Matcher first = Pattern.compile("(?m)^      requests:").matcher(text);
        assertTrue(first.find());
        int line = (int) text.substring(0, first.start()).chars().filter(c -> c == '\n').count() + 1;
        java.nio.file.Files.writeString(file, text.replaceFirst("(?m)^      requests:", "      request:"));

        Cli.Result r = Cli.run("test", dir.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("错误：案例文件无法读取：national/ogi/requests.cases.yaml 第" + line
                + "行：未知的清单“request”，是否应为“requests”？（unknown list 'request' at line " + line + " — did you mean 'requests'?）"), r.toString());
        assertTrue(!r.out().contains("reference chain"), r.toString());
    }
}
