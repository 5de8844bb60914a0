package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwgk.api.decision.DecisionLog;

import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The decision log is off unless configured: evaluations write no line. */
@QuarkusTest
class DecisionLogOffTest {
    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    void withoutConfigurationNoDecisionIsLogged() {
        DecisionLogTest.Lines lines = new DecisionLogTest.Lines();
        Logger logger = Logger.getLogger(DecisionLog.CATEGORY);
        logger.addHandler(lines);
        try {
            given().contentType("application/json").body(Bodies.evaluation("2024-03-20", Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11"))))
                    .post("/api/v1/evaluations").then().statusCode(200);
            given().contentType("application/json").body("{\"asOf\": \"2024-03-20\", \"request\": " + Bodies.request("r1", "2024-02-05", null) + "}")
                    .post("/api/v1/deadlines").then().statusCode(200);
        } finally {
            logger.removeHandler(lines);
        }
        assertEquals("", lines.raw());
    }
}
