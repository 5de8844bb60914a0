package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EvaluationResourceTest {
    private static final String OGI33 = "findings.find { it.ruleId == 'OGI-33' && it.subjectId == '%s' }.";

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    void aRequestAnsweredOneWorkingDayLateBreachesOgi33() {
        given().contentType("application/json")
                .body(Bodies.evaluation("2024-03-20", Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11"))))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .contentType("application/json")
                .body("asOf", equalTo("2024-03-20"))
                .body("rulesetVersion", matchesPattern("[0-9a-f]{12}"))
                .body("rulesetLoadedAt", notNullValue())
                .body("uncoveredYears", empty())
                .body(OGI33.formatted("r1") + "status", equalTo("VIOLATION"))
                .body(OGI33.formatted("r1") + "dueDate", equalTo("2024-03-08"))
                .body(OGI33.formatted("r1") + "clause", equalTo("第三十三条第二款"))
                .body(OGI33.formatted("r1") + "unit", equalTo("u1"))
                .body(OGI33.formatted("r1") + "message", equalTo("于2024-03-11答复，晚于答复期限2024-03-08，逾期1个工作日"));
    }

    @Test
    void aDeadlineInTheYearAfterTheLastNoticeIsMarkedProvisional() {
        given().contentType("application/json")
                .body(Bodies.evaluation("2026-12-28", Bodies.facts(Bodies.request("r1", "2026-12-20", null))))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("uncoveredYears", empty())
                .body("provisionalYears", contains(2027))
                .body(OGI33.formatted("r1") + "status", equalTo("OPEN"))
                .body(OGI33.formatted("r1") + "dueDate", equalTo("2027-01-18"))
                .body(OGI33.formatted("r1") + "details.暂定", equalTo("暂按法定节假日推算，待2027年国务院办公厅通知发布后以通知为准"));
    }

    @Test
    void aRequestAnsweredOnItsDueDateSatisfiesOgi33() {
        given().contentType("application/json")
                .body(Bodies.evaluation("2024-03-20", Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-08"))))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body(OGI33.formatted("r1") + "status", equalTo("SATISFIED"))
                .body(OGI33.formatted("r1") + "dueDate", equalTo("2024-03-08"));
    }

    @Test
    void statusesAndSourcesNarrowTheFindings() {
        String body = "{\"asOf\": \"2024-03-20\", \"statuses\": [\"VIOLATION\"], \"sources\": [\"OGI\"], \"facts\": "
                + Bodies.facts(Bodies.request("late", "2024-02-05", "2024-03-11"), Bodies.request("ok", "2024-02-05", "2024-03-08")) + "}";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("findings.status", everyItem(equalTo("VIOLATION")))
                .body("findings.source", everyItem(equalTo("OGI")))
                .body("findings.findAll { it.ruleId == 'OGI-33' }.subjectId", equalTo(List.of("late")));
    }

    @Test
    void jurisdictionKeepsOnlyFindingsAboutUnitsInThatArea() {
        String facts = Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11"));
        given().contentType("application/json").body("{\"asOf\": \"2024-03-20\", \"jurisdiction\": \"210000\", \"facts\": " + facts + "}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(200).body("findings.ruleId", hasItem("OGI-33"));
        given().contentType("application/json").body("{\"asOf\": \"2024-03-20\", \"jurisdiction\": \"370404\", \"facts\": " + facts + "}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(200).body("findings", empty());
    }

    @Test
    void bulkAnswersEachFactSetAndReportsTheOneThatCannotBeJudged() {
        String body = "{\"asOf\": \"2024-03-20\", \"statuses\": [\"VIOLATION\"], \"factSets\": ["
                + "{\"key\": \"a\", \"facts\": " + Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11")) + "},"
                + "{\"key\": \"b\", \"facts\": {\"units\": [], \"requests\": [{\"id\": \"r1\", \"unit\": \"nowhere\"}]}}]}";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/evaluations/bulk")
                .then().statusCode(200)
                .body("evaluated", equalTo(1))
                .body("failed", equalTo(1))
                .body("results[0].key", equalTo("a"))
                .body("results[0].findings.find { it.ruleId == 'OGI-33' }.dueDate", equalTo("2024-03-08"))
                .body("results[1].key", equalTo("b"))
                .body("results[1].error.code", equalTo("invalid_field"))
                .body("results[1].error.errors[0].field", equalTo("factSets[1].facts.requests[0].unit"));
    }

    @Test
    void ndjsonIsAnsweredLineByLine() {
        String in = "{\"key\": \"a\", \"facts\": " + Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11")) + "}\n"
                + "\n"
                + "{\"key\": \"b\", \"asOf\": \"2024-02-30\", \"facts\": {}}\n"
                + "{not json\n"
                + "{\"key\": \"d\", \"facts\": {\"units\": [{\"id\": \"u1\", \"division\": \"211302\", \"kind\": \"SHOP\"}]}}\n";
        String out = given().contentType("application/x-ndjson").body(in.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/bulk?asOf=2024-03-20&statuses=VIOLATION")
                .then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();
        List<JsonPath> lines = out.lines().map(JsonPath::from).toList();
        assertEquals(4, lines.size(), out);
        assertEquals(1, lines.get(0).getInt("line"));
        assertEquals("a", lines.get(0).getString("key"));
        assertEquals("2024-03-20", lines.get(0).getString("asOf"));
        assertEquals("VIOLATION", lines.get(0).getString("findings.find { it.ruleId == 'OGI-33' }.status"));
        assertEquals(3, lines.get(1).getInt("line"));
        assertEquals("invalid_date", lines.get(1).getString("error.code"));
        assertEquals("asOf", lines.get(1).getString("error.errors[0].field"));
        assertEquals(4, lines.get(2).getInt("line"));
        assertEquals("invalid_json", lines.get(2).getString("error.code"));
        assertEquals("unknown_enum", lines.get(3).getString("error.code"));
        assertEquals("facts.units[0].kind", lines.get(3).getString("error.errors[0].field"));
        assertTrue(lines.get(3).getString("error.errors[0].reason").contains("DEPARTMENT"));
    }

    @Test
    void ndjsonWithoutAnyAsOfReportsEachLine() {
        String out = given().contentType("application/x-ndjson").body("{\"facts\": {}}\n{\"facts\": {}}".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/bulk")
                .then().statusCode(200).extract().asString();
        List<Map<String, Object>> errors = out.lines().map(l -> JsonPath.from(l).<String, Object>getMap("error")).toList();
        assertEquals(2, errors.size());
        errors.forEach(e -> assertEquals("missing_field", e.get("code")));
    }

    @Test
    void ndjsonRefusesABadQueryParameterBeforeStreaming() {
        given().contentType("application/x-ndjson").body("{\"facts\": {}}\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/evaluations/bulk?asOf=2024-13-01")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid_date"))
                .body("errors[0].field", equalTo("asOf"))
                .body("errors", not(empty()))
                .body("errors", hasSize(1));
    }

    @Test
    void ndjsonAnswersALineBeforeTheInputEnds() throws Exception {
        String line = "{\"key\": \"first\", \"facts\": " + Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11")) + "}\n";
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/evaluations/bulk?asOf=2024-03-20 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, line);
            // the request is still open: its first line must be answered now
            InputStream in = socket.getInputStream();
            StringBuilder seen = new StringBuilder();
            byte[] buf = new byte[8192];
            while (!seen.toString().contains("\"key\":\"first\"")) {
                int n = in.read(buf);
                assertTrue(n > 0, "connection closed after: " + seen);
                seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
            assertTrue(seen.toString().startsWith("HTTP/1.1 200"), seen.toString());
            chunk(out, "");
        }
    }

    private static void chunk(OutputStream out, String text) throws java.io.IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(b.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
