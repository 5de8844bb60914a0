package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The parse-only floor of the load test is off by default. */
@QuarkusTest
class BenchParseResourceTest {
    static final String BODY = """
            {"asOf": "2026-03-10", "facts": {"units": [{"id": "u1", "name": "双塔区某局", "division": "211302", "kind": "DEPARTMENT"}],
             "requests": [{"id": "r1", "unit": "u1", "channel": "IN_PERSON", "submittedOn": "2026-02-05"}]}}""";

    @Test
    void isOffByDefault() {
        given().contentType("application/json").body(BODY).post("/api/v1/bench/parse")
                .then().statusCode(404).body("code", equalTo("not_found"));
    }
}
