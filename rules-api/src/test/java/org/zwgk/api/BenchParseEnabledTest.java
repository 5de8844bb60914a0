package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With zwgk.bench.floor-endpoint=true the floor reads an evaluation body as the evaluation endpoint does, and stops there. */
@QuarkusTest
@TestProfile(BenchParseEnabledTest.On.class)
class BenchParseEnabledTest {

    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zwgk.bench.floor-endpoint", "true");
        }
    }

    @Test
    void readsTheBodyWithoutEvaluating() {
        given().contentType("application/json").body(BenchParseResourceTest.BODY).post("/api/v1/bench/parse")
                .then().statusCode(200).body("asOf", equalTo("2026-03-10")).body("facts", equalTo(2));
    }

    @Test
    void refusesWhatTheEvaluationEndpointRefuses() {
        given().contentType("application/json").body("{\"asOf\": \"2026-03-10\", \"facts\": {\"units\": [{\"idd\": 1}]}}")
                .post("/api/v1/bench/parse").then().statusCode(400);
    }
}
