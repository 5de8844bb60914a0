package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Every client mistake gets its status, a stable code and the field at fault, as application/problem+json. */
@QuarkusTest
class ErrorHandlingTest {

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    private static ValidatableResponse post(String path, String contentType, String body) {
        return given().contentType(contentType).body(body).when().post(path).then()
                .contentType("application/problem+json")
                .body(allOf(not(containsString("Exception")), not(containsString("\tat "))));
    }

    private static ValidatableResponse evaluate(String body) {
        return post("/api/v1/evaluations", "application/json", body);
    }

    @Test
    void malformedJson() {
        evaluate("{\"asOf\": \"2024-03-20\", ").statusCode(400)
                .body("code", equalTo("invalid_json"))
                .body("type", equalTo("urn:zwgk:problem:invalid_json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed JSON"));
        evaluate("").statusCode(400).body("code", equalTo("invalid_json"));
    }

    @Test
    void unknownFieldIsNamed() {
        evaluate(Bodies.evaluation("2024-03-20", "{\"units\": [{\"id\": \"u1\", \"division\": \"211302\", \"colour\": \"red\"}]}"))
                .statusCode(400)
                .body("code", equalTo("unknown_field"))
                .body("errors[0].field", equalTo("facts.units[0].colour"))
                .body("errors[0].reason", containsString("colour"));
    }

    @Test
    void wrongTypeIsNamed() {
        evaluate(Bodies.evaluation("2024-03-20", "{\"requests\": [{\"id\": 7}]}")).statusCode(400)
                .body("code", equalTo("invalid_field"))
                .body("errors[0].field", equalTo("facts.requests[0].id"))
                .body("errors[0].reason", equalTo("expected a string, got a whole number"));
        evaluate(Bodies.evaluation("2024-03-20", "{\"units\": \"u1\"}")).statusCode(400)
                .body("code", equalTo("invalid_field"))
                .body("errors[0].field", equalTo("facts.units"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        evaluate(Bodies.evaluation("2024-03-20", "{\"requests\": [{\"id\": \"r1\", \"channel\": \"BY_PIGEON\"}]}")).statusCode(400)
                .body("code", equalTo("unknown_enum"))
                .body("errors[0].field", equalTo("facts.requests[0].channel"))
                .body("errors[0].reason", containsString("IN_PERSON, POST_SIGNED, POST_UNSIGNED, ONLINE, FAX"));
        evaluate("{\"asOf\": \"2024-03-20\", \"statuses\": [\"LATE\"], \"facts\": {}}").statusCode(400)
                .body("code", equalTo("unknown_enum"))
                .body("errors[0].field", equalTo("statuses[0]"));
    }

    @Test
    void impossibleDateIsNamed() {
        evaluate(Bodies.evaluation("2024-02-30", "{}")).statusCode(400)
                .body("code", equalTo("invalid_date"))
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].reason", containsString("2024-02-30"));
        evaluate(Bodies.evaluation("2024-03-20", Bodies.facts(Bodies.request("r1", "2024-02-30", null)))).statusCode(400)
                .body("code", equalTo("invalid_date"))
                .body("errors[0].field", equalTo("facts.requests[0].submittedOn"));
    }

    @Test
    void aDateTheCalendarDoesNotCoverNamesTheYear() {
        evaluate(Bodies.evaluation("2031-06-01", "{}")).statusCode(422)
                .body("code", equalTo("calendar_not_covered"))
                .body("errors[0].field", equalTo("asOf"))
                .body("detail", containsString("2031"));
        post("/api/v1/deadlines", "application/json", "{\"asOf\": \"2019-12-31\", \"request\": {}}").statusCode(422)
                .body("code", equalTo("calendar_not_covered"))
                .body("detail", containsString("2019"));
    }

    @Test
    void missingAsOfIsNamed() {
        evaluate("{\"facts\": {}}").statusCode(400)
                .body("code", equalTo("missing_field"))
                .body("errors[0].field", equalTo("asOf"));
        post("/api/v1/evaluations/bulk", "application/json", "{\"factSets\": []}").statusCode(400)
                .body("code", equalTo("missing_field"))
                .body("errors[0].field", equalTo("asOf"));
        post("/api/v1/deadlines", "application/json", "{\"request\": {}}").statusCode(400)
                .body("code", equalTo("missing_field"))
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void factsTheRulesCannotJudgeAreNamed() {
        evaluate(Bodies.evaluation("2024-03-20", "{\"units\": [{\"id\": \"u1\", \"division\": \"21130\"}]}")).statusCode(400)
                .body("code", equalTo("invalid_field"))
                .body("errors[0].field", equalTo("facts.units[0].division"));
    }

    @Test
    void unknownRuleIs404() {
        given().get("/api/v1/catalogue/NOPE-1").then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("unknown_rule"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        String big = Bodies.evaluation("2024-03-20", "{\"units\": [], \"requests\": [" + "{\"id\": \"x\"},".repeat(12_000) + "{}]}");
        evaluate(big).statusCode(413).body("code", equalTo("body_too_large"));
    }

    @Test
    void wrongMediaTypeIs415() {
        post("/api/v1/evaluations", "text/plain", "asOf=2024-03-20").statusCode(415)
                .body("code", equalTo("unsupported_media_type"));
        post("/api/v1/deadlines", "application/xml", "<asOf/>").statusCode(415)
                .body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void unknownPathAndWrongMethodAreProblemsToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not_found"));
        given().get("/api/v1/evaluations").then().statusCode(405)
                .contentType("application/problem+json").body("code", equalTo("method_not_allowed"));
    }
}
