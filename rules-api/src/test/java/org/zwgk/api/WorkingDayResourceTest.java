package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
        given().get("/api/v1/working-days/add?date=2026-12-20&days=30")
                .then().statusCode(422)
                .body("code", equalTo("calendar_not_covered"))
                .body("detail", containsString("2027"));
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
