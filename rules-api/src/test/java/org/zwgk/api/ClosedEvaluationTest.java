package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With {@code zwgk.security.open-evaluation=false}, every endpoint under /api needs a configured token. */
@QuarkusTest
@TestProfile(ClosedEvaluationTest.Closed.class)
class ClosedEvaluationTest {
    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zwgk.security.open-evaluation", "false");
        }
    }

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    void evaluationsNeedAToken() {
        String body = Bodies.evaluation("2024-03-20", Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11")));
        given().contentType("application/json").body(body).post("/api/v1/evaluations").then().statusCode(401)
                .body("code", equalTo("unauthorized"));
        given().header("Authorization", "Bearer not-a-configured-token-000").contentType("application/json").body(body)
                .post("/api/v1/evaluations").then().statusCode(401);
        given().header("Authorization", Admin.VIEWER).contentType("application/json").body(body)
                .post("/api/v1/evaluations").then().statusCode(200);
        given().get("/api/v1/ruleset").then().statusCode(401);
        given().header("Authorization", Admin.ADMIN).get("/api/v1/ruleset").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
