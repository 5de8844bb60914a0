package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class WorkingDayResourceTest {

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    void twentyWorkingDaysAfterTheFifthOfFebruary2024IsTheEighthOfMarch() {
        given().get("/api/v1/working-days/add?date=2024-02-05&days=20")
                .then().statusCode(200).contentType("application/json")
                .body("date", equalTo("2024-02-05"))
                .body("days", equalTo(20))
                .body("result", equalTo("2024-03-08"));
    }

    @Test
    void zeroDaysIsTheStartDay() {
        given().get("/api/v1/working-days/add?date=2024-02-10&days=0")
                .then().statusCode(200).body("result", equalTo("2024-02-10"));
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        given().get("/api/v1/working-days/between?from=2024-02-05&to=2024-03-08")
                .then().statusCode(200)
                .body("from", equalTo("2024-02-05"))
                .body("to", equalTo("2024-03-08"))
                .body("workingDays", equalTo(20));
        given().get("/api/v1/working-days/between?from=2024-03-08&to=2024-02-05")
                .then().statusCode(200).body("workingDays", equalTo(-20));
    }

    @Test
    void anAdjustedSundayIsAWorkingDayAndSpringFestivalIsNot() {
        given().get("/api/v1/working-days/2024-02-04")
                .then().statusCode(200).body("date", equalTo("2024-02-04")).body("workingDay", equalTo(true));
        given().get("/api/v1/working-days/2024-02-12")
                .then().statusCode(200).body("workingDay", equalTo(false));
        given().get("/api/v1/working-days/2024-02-06")
                .then().statusCode(200).body("workingDay", equalTo(true));
    }

    @Test
    void anImpossibleDateIsNamed() {
        given().get("/api/v1/working-days/2024-02-30")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid_date"))
                .body("errors[0].field", equalTo("date"));
        given().get("/api/v1/working-days/between?from=2024-02-05&to=yesterday")
                .then().statusCode(400)
                .body("code", equalTo("invalid_date"))
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void aYearTheCalendarLacksIsNamed() {
        given().get("/api/v1/working-days/2031-02-04")
                .then().statusCode(422)
                .body("code", equalTo("calendar_not_covered"))
                .body("detail", containsString("2031"))
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void countingPastTheCalendarNamesTheMissingYear() {
        // 2027 is counted provisionally (the year after the last notice); 2028 is not counted at all
        given().get("/api/v1/working-days/add?date=2027-12-20&days=30")
                .then().statusCode(422)
                .body("code", equalTo("calendar_not_covered"))
                .body("detail", containsString("2028"));
    }

    @Test
    void countingIntoTheYearAfterTheLastNoticeIsProvisionalAndSaysSo() {
        // after Sun 2026-12-20: 12-21…25 (5), 12-28…31 (9), 2027-01-01 元旦 off, 01-04…08 (14), 01-11…15 (19), 01-18 (20)
        given().get("/api/v1/working-days/add?date=2026-12-20&days=20")
                .then().statusCode(200)
                .body("result", equalTo("2027-01-18"))
                .body("provisionalYears", contains(2027));
        given().get("/api/v1/working-days/between?from=2026-12-20&to=2027-01-18")
                .then().statusCode(200)
                .body("workingDays", equalTo(20))
                .body("provisionalYears", contains(2027));
        // 除夕 2027 (2027-02-05, a Friday) is a statutory day off under the 2024 revision of the 办法
        given().get("/api/v1/working-days/2027-02-05")
                .then().statusCode(200)
                .body("workingDay", equalTo(false))
                .body("provisionalYears", contains(2027));
        given().get("/api/v1/working-days/2026-02-14")
                .then().statusCode(200)
                .body("workingDay", equalTo(true))
                .body("provisionalYears", empty());
    }

    @Test
    void daysMustBeAWholeNumberNotNegative() {
        given().get("/api/v1/working-days/add?date=2024-02-05&days=-1")
                .then().statusCode(400).body("code", equalTo("invalid_field")).body("errors[0].field", equalTo("days"));
        given().get("/api/v1/working-days/add?date=2024-02-05&days=two")
                .then().statusCode(400).body("code", equalTo("invalid_field")).body("errors[0].field", equalTo("days"));
        given().get("/api/v1/working-days/add?date=2024-02-05")
                .then().statusCode(400).body("code", equalTo("missing_field")).body("errors[0].field", equalTo("days"));
    }
}
