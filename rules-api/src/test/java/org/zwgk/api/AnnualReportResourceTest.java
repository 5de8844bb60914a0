package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwgk.api.model.ReportExamples;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The annual-report doors: fill from a ledger, check submitted tables, and refuse bad bodies naming the field. */
@QuarkusTest
class AnnualReportResourceTest {

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/annual-reports/" + path).then();
    }

    @Test
    void theOpenApiExampleFillsOneCarriedOverAndOneNewRequest() {
        JsonPath f = post("fill", ReportExamples.REPORT_FILL).statusCode(200).contentType("application/json").extract().jsonPath();
        assertEquals("xz", f.getString("unit"));
        assertEquals(2025, f.getInt("year"));
        assertEquals(true, f.getBoolean("complete"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), f.getList("tables.requests.NEW"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), f.getList("tables.requests.CARRIED_OVER"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), f.getList("tables.requests.DISCLOSED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), f.getList("tables.requests.TOTAL"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), f.getList("tables.requests.CARRIED_FORWARD"));
        assertEquals(12, f.getInt("tables.proactive.licensingDecisions"));
        assertEquals(List.of(0, 0, 0, 0, 0), f.getList("tables.reviews.reconsideration"));
        List<Map<String, Object>> cells = f.getList("cells");
        assertEquals(Map.of("part", "三", "row", "二、上年结转政府信息公开申请数量", "column", "自然人", "value", 1, "ids", List.of("R1")),
                cells.get(2));
        assertEquals(List.of(), f.getList("gaps"));
    }

    @Test
    void aRequestWithoutItsApplicantKindMakesTheFillIncompleteAndIsNamed() {
        String body = "{\"year\": 2025, \"unit\": \"u1\", \"facts\": {\"units\": [" + Bodies.UNIT + "], \"requests\": ["
                + "{\"id\": \"r1\", \"unit\": \"u1\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"2025-03-03\", "
                + "\"answeredOn\": \"2025-03-10\", \"outcome\": \"DISCLOSED\"}], \"proactiveCounts\": []}}";
        post("fill", body).statusCode(200)
                .body("complete", equalTo(false))
                .body("gaps", hasSize(2))
                .body("gaps[0].subject", equalTo("request:r1"))
                .body("gaps[0].field", equalTo("applicantKind"))
                .body("tables.requests.NEW", equalTo(List.of(0, 0, 0, 0, 0, 0, 0)));
    }

    @Test
    void theOpenApiCheckExampleNamesTheRowTheColumnAndBothNumbers() {
        JsonPath r = post("check", ReportExamples.REPORT_CHECK).statusCode(200).extract().jsonPath();
        assertEquals("2026-01-01", r.getString("asOf"), "asOf defaults to the 1 January after the report year");
        assertEquals(List.of("RPT-1", "RPT-2", "RPT-4"), r.getList("findings.ruleId"));
        assertEquals(List.of("VIOLATION", "VIOLATION", "VIOLATION"), r.getList("findings.status"));
        assertEquals("总计", r.getString("findings[0].details.列"));
        Map<String, Object> details = r.getMap("findings[0].details");
        assertEquals("5", details.get("一＋二"));
        assertEquals("6", details.get("三（七）＋四"));
        assertEquals("三、收到和处理政府信息公开申请情况（表格勾稽关系）", r.getString("findings[0].clause"));
        assertEquals("三、本年度办理结果（七）总计", r.getString("findings[1].details.行"));
        assertEquals("5", r.getString("findings[1].details.填报数"));
        assertEquals("4", r.getString("findings[1].details.应为"));
        assertEquals("RPT", r.getString("findings[2].source"));
        JsonPath documented = JsonPath.from(ReportExamples.REPORT_CHECK_RESULT);
        assertEquals(documented.getList("findings.message"), r.getList("findings.message"), "the OpenAPI example is today's answer");
    }

    @Test
    void theDocumentedFillAndProblemsAreTodaysAnswers() {
        JsonPath f = post("fill", ReportExamples.REPORT_FILL).statusCode(200).extract().jsonPath();
        assertEquals(JsonPath.from(ReportExamples.REPORT_FILL_RESULT).getMap("tables"), f.getMap("tables"));
        assertEquals(JsonPath.from(ReportExamples.REPORT_FILL_RESULT).getList("cells"), f.getList("cells"));
        post("fill", ReportExamples.REPORT_FILL.replace("\"outcome\": \"DISCLOSED\"", "\"outcome\": \"APPROVED\""))
                .statusCode(400).body("detail", equalTo(JsonPath.from(ReportExamples.PROBLEM_OUTCOME).getString("detail")));
        post("check", ReportExamples.REPORT_CHECK.replace("\"NEW\": [3, 1, 0, 0, 0, 0, 4]", "\"NEW\": [3, 1, 0, 0, 0, 4]"))
                .statusCode(400).body("detail", equalTo(JsonPath.from(ReportExamples.PROBLEM_ROW).getString("detail")));
    }

    @Test
    void anOutcomeNotInTheFormatIsRefusedNamingTheField() {
        String body = ReportExamples.REPORT_FILL.replace("\"outcome\": \"DISCLOSED\"", "\"outcome\": \"APPROVED\"");
        post("fill", body).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("unknown_enum"))
                .body("errors[0].field", equalTo("facts.requests[0].outcome"))
                .body("errors[0].reason", containsString("PARTLY_DISCLOSED"));
    }

    @Test
    void aRowNotInTheFormatOrNotSevenNumbersIsRefusedNamingIt() {
        post("check", ReportExamples.REPORT_CHECK.replace("\"NEW\": [3, 1, 0, 0, 0, 0, 4]", "\"NEW\": [3, 1, 0, 0, 0, 4]"))
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid_field"))
                .body("errors[0].field", equalTo("facts.annualReports[0].tables.requests.NEW"))
                .body("errors[0].reason", containsString("must be 7 numbers"));
        post("check", ReportExamples.REPORT_CHECK.replace("\"NEW\"", "\"FRESH\""))
                .statusCode(400).body("code", equalTo("unknown_enum"));
        post("check", ReportExamples.REPORT_CHECK.replace("[3, 1, 0, 0, 0, 0, 4]", "[3, -1, 0, 0, 0, 0, 4]"))
                .statusCode(400).body("errors[0].field", equalTo("facts.annualReports[0].tables.requests.NEW[1]"));
    }

    @Test
    void aMissingYearAnUnknownUnitOrNoTablesAreRefused() {
        post("fill", ReportExamples.REPORT_FILL.replaceFirst("\"year\": 2025, ", "")).statusCode(400)
                .body("code", equalTo("missing_field")).body("errors[0].field", equalTo("year"));
        post("fill", ReportExamples.REPORT_FILL.replaceFirst("\"year\": 2025, ", "\"year\": 2025, \"unit\": \"nobody\", ")).statusCode(400)
                .body("errors[0].field", equalTo("unit"));
        post("check", "{\"facts\": {\"units\": [" + Bodies.UNIT + "], \"annualReports\": []}}").statusCode(400)
                .body("errors[0].field", equalTo("facts.annualReports"));
    }
}
