package org.zwgk.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule that re-triggers itself, with an example case that reaches it: {@code rules validate} and {@code rules test}
 * both catch it before the rule set goes live, naming the rule.
 */
class RunawayRuleTest {
    static final String RULE = "FEE 自我触发（故意写坏的规则）";
    static Path dir;

    @BeforeAll
    static void badTree(@TempDir Path tmp) throws IOException {
        dir = Cli.copyOfDrl(tmp.resolve("drl"));
        Files.writeString(dir.resolve("national/fee/runaway.drl"), """
                package national.fee;

                import org.zwgk.rules.facts.Request;
                import java.math.BigDecimal;

                rule "FEE 自我触发的种子"
                    @id("FEE") @clause("测试")
                when
                    Request( applicant == "LOOP" )
                then
                    insert(BigDecimal.ZERO);
                end

                rule "%s"
                    @id("FEE") @clause("测试")
                when
                    $n : BigDecimal()
                then
                    insert($n.add(BigDecimal.ONE));
                end
                """.formatted(RULE));
        Files.writeString(dir.resolve("national/fee/runaway.cases.yaml"), """
                cases:
                  - name: 一件会让坏规则循环的申请
                    asOf: 2024-03-20
                    rules: [FEE]
                    facts:
                      units: [{id: u1, name: 双塔区某局, division: "211302", kind: DEPARTMENT}]
                      requests: [{id: r1, unit: u1, applicant: LOOP, channel: IN_PERSON, submittedOn: 2024-02-05}]
                    expect: []
                """);
    }

    @Test
    void validateReportsTheRuleAsAnError() {
        Cli.Result r = Cli.run("validate", dir.toString());
        assertEquals(1, r.exit(), r.toString());
        String file = dir.resolve("national/fee/runaway.drl").toString();
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(file + ": 错误：案例“一件会让坏规则循环的申请”")
                && l.contains("rule '" + RULE + "'")), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\d+条规则，1个错误，\\d+个警告（\\d+ rules, 1 error, \\d+ warnings?）")), r.toString());
    }

    @Test
    void testFailsTheCaseNamingTheRule() {
        Cli.Result r = Cli.run("test", dir.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("失败 national/fee/runaway.cases.yaml › 一件会让坏规则循环的申请")), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  ! 无法运行：evaluation aborted") && l.contains("rule '" + RULE + "'")), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\d+个案例通过，1个失败（\\d+ passed, 1 failed）")), r.toString());
    }
}
