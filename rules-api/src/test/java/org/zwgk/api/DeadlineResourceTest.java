package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DeadlineResourceTest {

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    private static JsonPath deadline(String asOf, String request) {
        return given().contentType("application/json").body("{\"asOf\": \"" + asOf + "\", \"request\": " + request + "}")
                .when().post("/api/v1/deadlines")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    @Test
    void aRequestReceivedInPersonAcrossSpringFestivalIsDueOnTheEighthOfMarch() {
        given().contentType("application/json")
                .body("{\"asOf\": \"2024-03-20\", \"request\": " + Bodies.request("r1", "2024-02-05", "2024-03-11") + "}")
                .when().post("/api/v1/deadlines")
                .then().statusCode(200)
                .body("requestId", equalTo("r1"))
                .body("receivedOn", equalTo("2024-02-05"))
                .body("clockStart", equalTo("2024-02-05"))
                .body("originalDue", equalTo("2024-03-08"))
                .body("due", equalTo("2024-03-08"))
                .body("pauses", hasSize(0))
                .body("extensionWorkingDays", equalTo(0))
                .body("extensionProblem", nullValue())
                .body("answeredOn", equalTo("2024-03-11"))
                .body("workingDaysLeft", equalTo(-1))
                .body("state", equalTo("ANSWERED"))
                .body("status", equalTo("VIOLATION"))
                .body("rulesetVersion", equalTo(given().get("/api/v1/ruleset").jsonPath().getString("version")));
    }

    @Test
    void answeredOnTheDueDateIsSatisfied() {
        JsonPath d = deadline("2024-03-20", Bodies.request("r1", "2024-02-05", "2024-03-08"));
        assertEquals("SATISFIED", d.getString("status"));
        assertEquals(0, d.getInt("workingDaysLeft"));
    }

    @Test
    void unansweredRequestsAreOpenThenWarnedThenBreached() {
        int warning = warningWorkingDays();
        JsonPath open = deadline("2024-02-20", Bodies.request("r1", "2024-02-05", null));
        assertEquals("RUNNING", open.getString("state"));
        assertEquals("OPEN", open.getString("status"));
        assertEquals(warning, open.getInt("warningWorkingDays"));

        JsonPath warned = deadline("2024-03-05", Bodies.request("r1", "2024-02-05", null));
        assertEquals(3, warned.getInt("workingDaysLeft"));
        assertEquals(3 <= warning ? "WARNING" : "OPEN", warned.getString("status"));

        JsonPath late = deadline("2024-03-12", Bodies.request("r1", "2024-02-05", null));
        assertEquals(-2, late.getInt("workingDaysLeft"));
        assertEquals("VIOLATION", late.getString("status"));
    }

    @Test
    void aThirdPartyConsultationPausesTheClock() {
        String request = "{\"id\": \"r1\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"2024-03-01\", "
                + "\"consultations\": [{\"party\": \"THIRD_PARTY\", \"sentOn\": \"2024-03-05\", \"repliedOn\": \"2024-03-12\"}]}";
        JsonPath d = deadline("2024-03-13", request);
        assertEquals(1, d.getList("pauses").size());
        assertEquals(5, d.getInt("pauses[0].workingDays"));
        assertEquals(5, d.getInt("pausedWorkingDays"));
        // 20 working days after 2024-03-01 is 2024-03-29; five paused working days (6–12 March) move it past 清明
        // (4–6 April off, Sunday 7 April worked) to 2024-04-08
        assertEquals("2024-04-08", d.getString("originalDue"));
        assertEquals("2024-04-08", d.getString("due"));
    }

    @Test
    void aDueDateInAYearTheCalendarLacksIsIncompleteAndNamesTheYear() {
        // 2027 is counted provisionally; a period running into 2028 meets a year the calendar lacks
        given().contentType("application/json")
                .body("{\"asOf\": \"2027-12-20\", \"request\": " + Bodies.request("r1", "2027-12-10", null) + "}")
                .when().post("/api/v1/deadlines")
                .then().statusCode(200)
                .body("state", equalTo("INCOMPLETE"))
                .body("status", equalTo("INCOMPLETE"))
                .body("missing", containsString("2028"));
    }

    @Test
    void aDueDateInTheYearAfterTheLastNoticeIsGivenProvisionally() {
        // received Sun 2026-12-20: provisionally due 2027-01-18 (2027-01-01 元旦 is the only weekday off on the way)
        given().contentType("application/json")
                .body("{\"asOf\": \"2026-12-28\", \"request\": " + Bodies.request("r1", "2026-12-20", null) + "}")
                .when().post("/api/v1/deadlines")
                .then().statusCode(200)
                .body("state", equalTo("RUNNING"))
                .body("status", equalTo("OPEN"))
                .body("due", equalTo("2027-01-18"))
                .body("workingDaysLeft", equalTo(14))
                .body("provisionalYears", contains(2027));
        // overdue only by the provisional date: not judged a breach until the 2027 notice is added
        given().contentType("application/json")
                .body("{\"asOf\": \"2027-01-20\", \"request\": " + Bodies.request("r1", "2026-12-20", null) + "}")
                .when().post("/api/v1/deadlines")
                .then().statusCode(200)
                .body("status", equalTo("INCOMPLETE"))
                .body("due", equalTo("2027-01-18"))
                .body("provisionalYears", contains(2027));
        given().contentType("application/json")
                .body("{\"asOf\": \"2024-03-20\", \"request\": " + Bodies.request("r1", "2024-02-05", null) + "}")
                .when().post("/api/v1/deadlines")
                .then().statusCode(200)
                .body("provisionalYears", empty());
    }

    @Test
    void theStatusAgreesWithOgi33() {
        String[][] cases = {
                {"2024-03-20", "2024-03-11"}, {"2024-03-20", "2024-03-08"}, {"2024-02-20", null}, {"2024-03-05", null},
                {"2024-03-12", null}, {"2024-03-07", null}};
        for (String[] c : cases) {
            String request = Bodies.request("r1", "2024-02-05", c[1]);
            String byDeadline = deadline(c[0], request).getString("status");
            String byRules = given().contentType("application/json").body(Bodies.evaluation(c[0], Bodies.facts(request)))
                    .when().post("/api/v1/evaluations")
                    .then().statusCode(200).extract().jsonPath()
                    .getString("findings.find { it.ruleId == 'OGI-33' && it.subjectId == 'r1' }.status");
            assertEquals(byRules, byDeadline, "asOf " + c[0] + ", answered " + c[1]);
        }
    }

    @Test
    void aMissingRequestIsNamed() {
        given().contentType("application/json").body("{\"asOf\": \"2024-03-20\"}")
                .when().post("/api/v1/deadlines")
                .then().statusCode(400)
                .body("code", equalTo("missing_field"))
                .body("errors[0].field", equalTo("request"));
    }

    @Test
    void aConsultationWithoutItsPartyIsNamed() {
        given().contentType("application/json")
                .body("{\"asOf\": \"2024-03-20\", \"request\": {\"id\": \"r1\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"2024-03-01\", "
                        + "\"consultations\": [{\"sentOn\": \"2024-03-05\"}]}}")
                .when().post("/api/v1/deadlines")
                .then().statusCode(400)
                .body("code", equalTo("missing_field"))
                .body("errors[0].field", equalTo("request.consultations[0].party"));
    }

    static int warningWorkingDays() {
        return given().get("/api/v1/ruleset").then().statusCode(200).extract().jsonPath()
                .getInt("sources.find { it.code == 'OGI' }.parameters.'warning-working-days'.value");
    }
}
