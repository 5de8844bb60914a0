package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Who may do what: the rule-set administration needs a configured token with the right role (401 without a known
 * token, 403 with one that lacks the role); the evaluation endpoints stay open and ignore a token they are sent.
 */
@QuarkusTest
class AccessControlTest {
    private static final String VALIDATE_BODY = "{\"files\": [{\"path\": \"national/ogi/notes.yaml\", \"content\": \"a: 1\"}], \"runCases\": false}";

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    void withoutATokenTheAdministrationAnswers401WithAChallenge() {
        given().get("/api/v1/ruleset/status").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"zwgk\"")
                .contentType("application/problem+json")
                .body("code", equalTo("unauthorized"));
        given().post("/api/v1/ruleset/reload").then().statusCode(401).body("code", equalTo("unauthorized"));
        given().contentType("application/json").body(VALIDATE_BODY).post("/api/v1/ruleset/validate")
                .then().statusCode(401).body("code", equalTo("unauthorized"));
    }

    @Test
    void anUnknownTokenAnswers401() {
        for (String auth : new String[]{"Bearer not-a-configured-token-000", "Bearer test-admin-token-012345678", "Basic dXNlcjpwYXNz"}) {
            given().header("Authorization", auth).get("/api/v1/ruleset/status").then().statusCode(401)
                    .body("code", equalTo("unauthorized"));
            given().header("Authorization", auth).post("/api/v1/ruleset/reload").then().statusCode(401);
        }
        given().header("X-API-Key", "not-a-configured-token-000").post("/api/v1/ruleset/reload").then().statusCode(401);
    }

    @Test
    void aViewerTokenReadsTheStatusButMayNotReloadOrValidate() {
        given().header("Authorization", Admin.VIEWER).get("/api/v1/ruleset/status").then().statusCode(200)
                .body("rulesDir", nullValue())
                .body("watch.mode", equalTo("off"))
                .body("lastAttempt.trigger", equalTo("startup"))
                .body("lastAttempt.outcome", equalTo("loaded"));
        given().header("Authorization", Admin.VIEWER).post("/api/v1/ruleset/reload").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
        given().header("Authorization", Admin.VIEWER).contentType("application/json").body(VALIDATE_BODY)
                .post("/api/v1/ruleset/validate").then().statusCode(403).body("code", equalTo("forbidden"));
    }

    @Test
    void anAdminTokenMayReloadAndAlsoReadTheStatusAsAnApiKey() {
        // no rule directory in this profile: the built-in rules cannot be reloaded
        given().header("Authorization", Admin.ADMIN).post("/api/v1/ruleset/reload").then().statusCode(409)
                .body("code", equalTo("no_rules_dir"));
        given().header("X-API-Key", Admin.ADMIN.substring("Bearer ".length())).get("/api/v1/ruleset/status")
                .then().statusCode(200).body("lastAttempt.outcome", equalTo("loaded"));
    }

    @Test
    void theEvaluationEndpointsStayOpenAndIgnoreAnyToken() {
        String body = Bodies.evaluation("2024-03-20", Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11")));
        given().contentType("application/json").body(body).post("/api/v1/evaluations").then().statusCode(200);
        given().header("Authorization", "Bearer not-a-configured-token-000").contentType("application/json").body(body)
                .post("/api/v1/evaluations").then().statusCode(200);
        given().get("/api/v1/ruleset").then().statusCode(200);
        given().get("/api/v1/catalogue").then().statusCode(200);
    }
}
