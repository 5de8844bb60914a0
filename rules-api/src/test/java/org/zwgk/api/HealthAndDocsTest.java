package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HealthAndDocsTest {
    private static final List<String> PATHS = List.of("/api/v1/evaluations", "/api/v1/evaluations/bulk", "/api/v1/deadlines",
            "/api/v1/working-days/add", "/api/v1/working-days/between", "/api/v1/working-days/{date}", "/api/v1/fees",
            "/api/v1/catalogue", "/api/v1/catalogue/{id}", "/api/v1/ruleset");

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    void liveAndReadyOnceTheRulesAreLoaded() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("rules"))
                .body("checks.find { it.name == 'rules' }.data.version", matchesPattern("[0-9a-f]{12}"));
    }

    @Test
    void everyEndpointIsDocumentedWithAnExample() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        for (String path : PATHS) {
            assertTrue(paths.containsKey(path), "documented: " + path);
            paths.get(path).forEach((method, op) -> {
                assertNotNull(op.get("summary"), method + " " + path + " has a summary");
                assertTrue(op.toString().contains("example"), method + " " + path + " has an example");
            });
        }
        Map<String, Object> schemas = doc.getMap("components.schemas");
        for (String s : List.of("Problem", "FieldError", "EvaluationRequest", "EvaluationResult", "Finding", "BulkRequest",
                "BulkResponse", "BulkResult", "DeadlineRequest", "DeadlineResult", "FeeQuote", "CatalogueEntry", "Ruleset")) {
            assertTrue(schemas.containsKey(s), "schema " + s);
            assertFalse(String.valueOf(doc.getString("components.schemas." + s + ".description")).isBlank(), "described: " + s);
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void metricsCountEvaluations() {
        given().contentType("application/json")
                .body(Bodies.evaluation("2024-03-20", Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11"))))
                .post("/api/v1/evaluations").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("zwgk_evaluations_total{mode=\"single\""))
                .body(containsString("zwgk_findings_total{status=\"VIOLATION\""))
                .body(containsString("http_server_requests_seconds_count"));
    }
}
