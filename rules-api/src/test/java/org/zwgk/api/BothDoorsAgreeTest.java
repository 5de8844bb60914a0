package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One verdict per duty, whichever door it is asked through: OGI-33's status for a request at {@code POST /deadlines}
 * equals the most severe OGI-33 finding {@code POST /evaluations} gives the same request on the same date. Swept over
 * every due date of 2024, and of the holiday months of 2026, that is followed by a day off (a weekend, a holiday, the
 * days before an adjusted working day), answered or evaluated on each day from four days before the due date to the
 * first working day after the days off.
 */
@QuarkusTest
class BothDoorsAgreeTest {
    private static final List<String> SEVERITY = List.of("VIOLATION", "WARNING", "OPEN", "INCOMPLETE", "SATISFIED");

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    void deadlinesAndEvaluationsGiveTheSameStatusAroundEveryDueDateNextToADayOff() {
        Map<LocalDate, LocalDate> dueBySubmission = dueDatesNextToDaysOff();
        assertTrue(dueBySubmission.size() > 40, "too few due dates next to a day off: " + dueBySubmission.size());
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (var e : dueBySubmission.entrySet()) {
            LocalDate submitted = e.getKey();
            LocalDate due = e.getValue();
            LocalDate afterDaysOff = nextWorkingDay(due);
            for (LocalDate day = due.minusDays(4); !day.isAfter(afterDaysOff); day = day.plusDays(1)) {
                // answered on `day`, evaluated a week later; and unanswered, evaluated on `day`
                for (boolean answered : new boolean[]{true, false}) {
                    String request = Bodies.request("r", submitted.toString(), answered ? day.toString() : null);
                    String asOf = (answered ? afterDaysOff.plusDays(7) : day).toString();
                    String atDeadlines = deadlineStatus(asOf, request);
                    String atEvaluations = evaluationStatus(asOf, request);
                    compared++;
                    if (!atDeadlines.equals(atEvaluations)) {
                        disagreements.add("submitted " + submitted + ", due " + due + (answered ? ", answered " + day : ", unanswered")
                                + ", asOf " + asOf + ": /deadlines " + atDeadlines + ", /evaluations " + atEvaluations);
                    }
                }
            }
        }
        assertTrue(compared > 500, "compared only " + compared);
        assertEquals(List.of(), disagreements);
    }

    @Test
    void anAnswerOnTheSaturdayAfterAFridayDueDateIsLateAtBothDoors() {
        // 2024-02-05 → due Friday 2024-03-08; answered Saturday 2024-03-09: no working day lies between, yet it is late.
        String request = Bodies.request("r", "2024-02-05", "2024-03-09");
        assertEquals("VIOLATION", deadlineStatus("2024-03-20", request));
        assertEquals("VIOLATION", evaluationStatus("2024-03-20", request));
    }

    /** For each submission day of 2024 and 2026 whose due date is followed by a day off: its due date (one per due date). */
    private static Map<LocalDate, LocalDate> dueDatesNextToDaysOff() {
        Map<LocalDate, LocalDate> out = new LinkedHashMap<>();
        List<LocalDate> seen = new ArrayList<>();
        List<LocalDate[]> spans = List.of(
                new LocalDate[]{LocalDate.of(2024, 1, 2), LocalDate.of(2024, 11, 20)},
                new LocalDate[]{LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 10)},    // 元旦, 春节 2026
                new LocalDate[]{LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 20)});   // 中秋, 国庆 2026
        for (LocalDate[] span : spans) {
            for (LocalDate submitted = span[0]; submitted.isBefore(span[1]); submitted = submitted.plusDays(1)) {
                LocalDate due = LocalDate.parse(given().queryParam("date", submitted.toString()).queryParam("days", 20)
                        .get("/api/v1/working-days/add").then().statusCode(200).extract().jsonPath().getString("result"));
                if (!seen.contains(due) && !isWorkingDay(due.plusDays(1))) {
                    seen.add(due);
                    out.put(submitted, due);
                }
            }
        }
        return out;
    }

    private static final Map<LocalDate, Boolean> WORKING = new java.util.HashMap<>();

    private static boolean isWorkingDay(LocalDate d) {
        return WORKING.computeIfAbsent(d, day -> given().get("/api/v1/working-days/" + day)
                .then().statusCode(200).extract().jsonPath().getBoolean("workingDay"));
    }

    private static LocalDate nextWorkingDay(LocalDate d) {
        LocalDate n = d.plusDays(1);
        while (!isWorkingDay(n)) {
            n = n.plusDays(1);
        }
        return n;
    }

    private static String deadlineStatus(String asOf, String request) {
        return given().contentType("application/json").body("{\"asOf\": \"" + asOf + "\", \"request\": " + request + "}")
                .when().post("/api/v1/deadlines")
                .then().statusCode(200).extract().jsonPath().getString("status");
    }

    private static String evaluationStatus(String asOf, String request) {
        JsonPath ev = given().contentType("application/json").body(Bodies.evaluation(asOf, Bodies.facts(request)))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200).extract().jsonPath();
        List<String> statuses = ev.getList("findings.findAll { it.ruleId == 'OGI-33' }.status");
        return statuses.stream().min((a, b) -> SEVERITY.indexOf(a) - SEVERITY.indexOf(b)).orElse("none");
    }
}
