package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/**
 * The service on a rule set with a deliberately looping rule and a cross product (bound to marked facts only): the
 * caller of a runaway evaluation gets a 500 rule_runaway naming the rule and the limit, within the time budget, and
 * the next evaluation is answered normally.
 */
@QuarkusTest
@TestProfile(RobustRunawayApiTest.BadRules.class)
class RobustRunawayApiTest {
    static final String LOOP_RULE = "FEE 自我触发（故意写坏的规则）";
    static final String JOIN_RULE = "FEE 无约束连接（故意写坏的规则）";

    static final String BAD_DRL = """
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

            rule "%s"
                @id("FEE") @clause("测试")
            when
                $a : Request( applicant == "JOIN" )
                $b : Request( applicant == "JOIN" )
                $c : Request( applicant == "JOIN" )
            then
                $a.getId().length();
            end
            """.formatted(LOOP_RULE, JOIN_RULE);

    /** A copy of ../drl with the bad rules, loaded by the service; a firing cap of 20 000 and a budget of 5 s. */
    public static class BadRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path from = Path.of("..", "drl").toAbsolutePath().normalize();
                Path to = Files.createTempDirectory("zwgk-bad-drl");
                try (Stream<Path> walk = Files.walk(from)) {
                    for (Path p : walk.toList()) {
                        Path target = to.resolve(from.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(p, target);
                        }
                    }
                }
                Files.writeString(to.resolve("national/fee/runaway.drl"), BAD_DRL);
                return Map.of("zwgk.rules.dir", to.toString(), "zwgk.limits.max-firings", "20000", "zwgk.limits.time-budget", "5S");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    static String requests(int n, String applicant) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"id\": \"r").append(i).append("\", \"unit\": \"u1\", \"applicant\": \"").append(applicant)
                    .append("\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"2024-02-05\"}");
        }
        return Bodies.evaluation("2024-03-20", "{\"units\": [" + Bodies.UNIT + "], \"requests\": [" + sb + "]}");
    }

    static void normal() {
        given().contentType("application/json")
                .body(Bodies.evaluation("2024-03-20", Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11"))))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("findings.find { it.ruleId == 'OGI-33' && it.subjectId == 'r1' }.status", equalTo("VIOLATION"));
    }

    @Test
    void aLoopingRuleIsA500NamingTheRuleAndTheNextEvaluationWorks() {
        normal();
        given().contentType("application/json").body(requests(1, "LOOP"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(500).contentType("application/problem+json")
                .time(lessThan(10_000L))
                .body("code", equalTo("rule_runaway"))
                .body("limit", equalTo("zwgk.limits.max-firings"))
                .body("max", equalTo("20000"))
                .body("detail", containsString("rule '" + LOOP_RULE + "' (national/fee/runaway.drl)"))
                .body("detail", containsString("firing cap of 20000"));
        normal();
    }

    @Test
    void aCrossProductIsA500NamingTheRuleAndTheNextEvaluationWorks() {
        given().contentType("application/json").body(requests(70, "JOIN"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(500).contentType("application/problem+json")
                .time(lessThan(15_000L))
                .body("code", equalTo("rule_runaway"))
                .body("detail", containsString("rule '" + JOIN_RULE + "'"));
        normal();
    }

    @Test
    void inABulkCallOnlyTheRunawayItemFails() {
        String body = "{\"asOf\": \"2024-03-20\", \"factSets\": [{\"key\": \"loop\", \"facts\": "
                + requests(1, "LOOP").replaceFirst("^\\{\"asOf\": \"2024-03-20\", \"facts\": ", "").replaceFirst("}$", "")
                + "}, {\"key\": \"ok\", \"facts\": " + Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11")) + "}]}";
        given().contentType("application/json").body(body).when().post("/api/v1/evaluations/bulk")
                .then().statusCode(200)
                .body("results[0].error.code", equalTo("rule_runaway"))
                .body("results[0].error.detail", containsString(LOOP_RULE))
                .body("results[1].findings.find { it.ruleId == 'OGI-33' && it.subjectId == 'r1' }.status", equalTo("VIOLATION"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
