package org.zwgk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwgk.api.error.JsonProblems;
import org.zwgk.api.error.Problem;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each limit breached once, just past its value (the test profile sets small ones: body 64K, 300 facts, strings of
 * 20 000 characters, 20 bulk items, 50 NDJSON lines); each answer is a 413 problem naming the key and its value, and
 * one just under the limit is still answered.
 */
@QuarkusTest
class RobustLimitsTest {

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    static String units(int n) {
        List<String> us = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            us.add("{\"id\":\"u" + i + "\",\"division\":\"211302\"}");
        }
        return "{\"units\":[" + String.join(",", us) + "]}";
    }

    @Test
    void bodySize() {
        given().contentType("application/json").body("{\"asOf\": \"2024-03-20\", \"facts\": {\"units\": [], \"x\": \"" + "长".repeat(30_000) + "\"}}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("body_too_large"))
                .body("detail", containsString("quarkus.http.limits.max-body-size"));
    }

    @Test
    void factsPerEvaluation() {
        given().contentType("application/json").body(Bodies.evaluation("2024-03-20", units(301)))
                .when().post("/api/v1/evaluations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("too_many_facts"))
                .body("limit", equalTo("zwgk.limits.max-facts"))
                .body("max", equalTo("300"))
                .body("errors[0].field", equalTo("facts"))
                .body("detail", containsString("301 facts"));
        given().contentType("application/json").body(Bodies.evaluation("2024-03-20", units(300)))
                .when().post("/api/v1/evaluations").then().statusCode(200);
    }

    @Test
    void factsPerEvaluationInABulkItem() {
        String body = "{\"asOf\": \"2024-03-20\", \"factSets\": [{\"key\": \"small\", \"facts\": " + units(2) + "}, {\"key\": \"big\", \"facts\": "
                + units(301) + "}]}";
        given().contentType("application/json").body(body).when().post("/api/v1/evaluations/bulk")
                .then().statusCode(200)
                .body("results[0].error", equalTo(null))
                .body("results[1].error.code", equalTo("too_many_facts"))
                .body("results[1].error.limit", equalTo("zwgk.limits.max-facts"))
                .body("results[1].error.errors[0].field", equalTo("factSets[1].facts"));
    }

    @Test
    void stringLength() {
        String facts = "{\"units\": [" + Bodies.UNIT + "], \"requests\": [{\"id\": \"r1\", \"unit\": \"u1\", \"channel\": \"IN_PERSON\", "
                + "\"submittedOn\": \"2024-02-05\", \"content\": \"" + "x".repeat(20_001) + "\"}]}";
        given().contentType("application/json").body(Bodies.evaluation("2024-03-20", facts))
                .when().post("/api/v1/evaluations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("string_too_long"))
                .body("limit", equalTo("zwgk.limits.max-string-length"))
                .body("max", equalTo("20000"))
                .body("errors[0].field", equalTo("facts.requests[0].content"));
        given().contentType("application/json").body(Bodies.evaluation("2024-03-20", facts.replace("x".repeat(20_001), "x".repeat(20_000))))
                .when().post("/api/v1/evaluations").then().statusCode(200);
    }

    /**
     * The request model is at most six levels deep, so a deep body fails as a wrong type at its first extra level
     * (see RobustInputTest); the depth limit guards every read of the service's object mapper, NDJSON lines included.
     */
    @Test
    void nestingDepth() {
        String deep = "[".repeat(65) + "]".repeat(65);
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readTree(deep));
        Problem p = JsonProblems.from(e, "");
        assertEquals(413, p.status());
        assertEquals("too_deep", p.code());
        assertEquals("zwgk.limits.max-nesting-depth", p.limit());
        assertEquals("64", p.max());
        assertTrue(p.detail().contains("64 levels"), p.detail());
    }

    @Test
    void deepBodiesAreRefusedWithAFieldAndNeverA5xx() {
        String body = "{\"asOf\": \"2024-03-20\", \"facts\": {\"units\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}}";
        given().contentType("application/json").body(body).when().post("/api/v1/evaluations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("facts.units[0]"));
        given().contentType("application/x-ndjson").body(("[".repeat(200) + "]".repeat(200) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/bulk")
                .then().statusCode(200).body(containsString("\"error\""));
    }

    @Test
    void itemsPerBulkCall() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            items.add("{\"facts\": " + units(1) + "}");
        }
        given().contentType("application/json").body("{\"asOf\": \"2024-03-20\", \"factSets\": [" + String.join(",", items) + "]}")
                .when().post("/api/v1/evaluations/bulk")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("too_many_items"))
                .body("limit", equalTo("zwgk.limits.max-bulk-items"))
                .body("max", equalTo("20"))
                .body("errors[0].field", equalTo("factSets"));
        given().contentType("application/json").body("{\"asOf\": \"2024-03-20\", \"factSets\": [" + String.join(",", items.subList(0, 20)) + "]}")
                .when().post("/api/v1/evaluations/bulk")
                .then().statusCode(200).body("results", hasSize(20));
    }

    @Test
    void linesPerStream() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append("{\"asOf\": \"2024-03-20\", \"key\": \"k").append(i).append("\", \"facts\": ").append(units(1)).append("}\n");
            if (i % 10 == 0) {
                sb.append('\n'); // blank lines are not counted
            }
        }
        String out = given().contentType("application/x-ndjson").body(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/evaluations/bulk")
                .then().statusCode(200).extract().asString();
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(51, lines.size(), out);
        assertTrue(lines.subList(0, 50).stream().noneMatch(l -> l.contains("\"error\"")), out);
        String last = lines.get(50);
        assertTrue(last.contains("\"code\":\"too_many_lines\"") && last.contains("\"limit\":\"zwgk.limits.max-stream-lines\"")
                && last.contains("\"max\":\"50\""), last);
    }
}
