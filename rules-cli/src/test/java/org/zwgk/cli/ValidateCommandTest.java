package org.zwgk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    @Test
    void theShippedRulesValidate() {
        Cli.Result r = Cli.run("validate", Cli.drl().toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("[1-9]\\d*条规则，0个错误，\\d+个警告（[1-9]\\d* rules, 0 errors, \\d+ warnings?）")), r.toString());
    }

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndColumn(@TempDir Path tmp) throws IOException {
        Path dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Path file = dir.resolve("national/ogi/requests.drl");
        String broken = "workingDaysLeft <= params.integer(\"OGI\", \"warning-working-days\") )";
        int line = Cli.lineOf(file, broken);
        Cli.edit(file, broken, broken.replace("\") )", "\" ) from")); // a parenthesis short: the parser meets 'from'

        Cli.Result r = Cli.run("validate", dir.toString());
        assertEquals(1, r.exit(), r.toString());
        String where = dir.resolve("national/ogi/requests.drl") + ":" + line + ":";
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(where) && l.contains(": 错误：语法错误：规则“OGI-33 ")
                && l.contains("”中此处不应出现“from”") && l.contains("（[ERR 102] Line ")), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\d+条规则，[1-9]\\d*个错误，0个警告（.*）")), r.toString());
    }

    @Test
    void aRuleCallingSystemExitIsRefusedByTheLint(@TempDir Path tmp) throws IOException {
        Path dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Files.writeString(dir.resolve("national/ogi/probe.drl"), """
                package national.ogi;
                import org.zwgk.rules.facts.Request;
                global org.zwgk.rules.engine.Findings findings;
                rule "OGI-33 probe"
                    @id("OGI-33") @clause("第三十三条")
                when
                    $r : Request()
                then
                    System.exit(1);
                end
                """);

        Cli.Result r = Cli.run("validate", dir.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains(dir.resolve("national/ogi/probe.drl") + ":9:5: 错误：规则不得调用系统功能，只能判断事实（'System.' reaches the system"), r.toString());
        assertTrue(r.out().contains("which rules may not do"), r.toString());
    }

    @Test
    void aDirectoryThatDoesNotExistIsAUsageError(@TempDir Path tmp) {
        Cli.Result r = Cli.run("validate", tmp.resolve("nowhere").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("not a directory"), r.toString());
    }
}
