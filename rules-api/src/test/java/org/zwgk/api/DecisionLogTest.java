package org.zwgk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zwgk.api.decision.DecisionLog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With {@code zwgk.decision-log.enabled=true}: one JSON line per evaluation, in the zwgk.decisions category. */
@QuarkusTest
@TestProfile(DecisionLogTest.On.class)
class DecisionLogTest {
    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zwgk.decision-log.enabled", "true");
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    /** Catches the lines of the decision category, as a handler configured for it would receive them. */
    static final class Lines extends Handler {
        final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord r) {
            lines.add(r.getMessage());
        }

        synchronized List<JsonNode> parsed() {
            List<JsonNode> out = new ArrayList<>();
            for (String l : lines) {
                try {
                    out.add(JSON.readTree(l));
                } catch (Exception e) {
                    throw new AssertionError("not a JSON line: " + l, e);
                }
            }
            return out;
        }

        synchronized String raw() {
            return String.join("\n", lines);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    Lines lines;

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @BeforeEach
    void listen() {
        lines = new Lines();
        Logger.getLogger(DecisionLog.CATEGORY).addHandler(lines);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(DecisionLog.CATEGORY).removeHandler(lines);
    }

    static final String UNIT = "{\"id\": \"u1\", \"name\": \"双塔区某局\", \"division\": \"211302\", \"kind\": \"DEPARTMENT\", "
            + "\"contactPerson\": \"王五\"}";
    static final String LATE = "{\"id\": \"r1\", \"unit\": \"u1\", \"applicant\": \"张三\", \"content\": \"申请公开2023年征地补偿方案\", "
            + "\"channel\": \"IN_PERSON\", \"submittedOn\": \"2024-02-05\", \"answeredOn\": \"2024-03-11\"}";

    @Test
    void aLineCarriesTheCallersTokenNameTheVersionTheFactsHashTheFindingsAndTheFactsMasked() {
        String body = "{\"asOf\": \"2024-03-20\", \"statuses\": [\"VIOLATION\"], \"facts\": {\"units\": [" + UNIT
                + "], \"requests\": [" + LATE + "]}}";
        Response r = given().header("Authorization", Admin.ADMIN).contentType("application/json").body(body)
                .post("/api/v1/evaluations").then().statusCode(200).extract().response();

        List<JsonNode> logged = lines.parsed();
        assertEquals(1, logged.size(), lines.raw());
        JsonNode line = logged.get(0);
        assertEquals("admin-token-1", line.get("caller").asText());
        assertFalse(lines.raw().contains(ADMIN_TOKEN), "the token itself is never logged");
        assertFalse(lines.raw().contains(sha256(ADMIN_TOKEN)), "nor its hash");
        assertEquals("/api/v1/evaluations", line.get("endpoint").asText());
        assertEquals("single", line.get("mode").asText());
        assertEquals("2024-03-20", line.get("asOf").asText());
        assertEquals(r.path("rulesetVersion"), line.get("rulesetVersion").asText());
        assertTrue(line.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), line.get("time").asText());
        assertEquals("[\"VIOLATION\"]", line.get("options").get("statuses").toString());
        assertTrue(line.get("factsSha256").asText().matches("[0-9a-f]{64}"));

        JsonNode finding = line.get("findings").get(0);
        assertEquals(1, line.get("findings").size());
        assertEquals("OGI-33", finding.get("ruleId").asText());
        assertEquals("request:r1", finding.get("subject").asText());
        assertEquals("u1", finding.get("unit").asText());
        assertEquals("VIOLATION", finding.get("status").asText());
        assertEquals("2024-03-08", finding.get("dueDate").asText());

        JsonNode facts = line.get("facts");
        JsonNode request = facts.get("requests").get(0);
        assertTrue(request.get("applicant").asText().startsWith("masked:"), request.toString());
        assertTrue(request.get("content").asText().startsWith("masked:"), request.toString());
        assertTrue(facts.get("units").get(0).get("contactPerson").asText().startsWith("masked:"));
        assertEquals("双塔区某局", facts.get("units").get(0).get("name").asText(), "a unit's name is not personal");
        assertEquals("2024-03-11", request.get("answeredOn").asText());
        for (String personal : List.of("张三", "王五", "征地补偿")) {
            assertFalse(lines.raw().contains(personal), personal + " must not be logged");
        }
        assertFalse(facts.has("annualReports"), "a list the caller did not send stays unsent: 'not told' is not 'none'");
    }

    @Test
    void theFactsHashIsOfTheFactsNotOfTheirSpellingAndChangesWithThem() {
        String a = "{\"asOf\": \"2024-03-20\", \"facts\": {\"units\": [" + UNIT + "], \"requests\": [" + LATE + "]}}";
        String reordered = "{\"facts\": {\"requests\": [{\"answeredOn\": \"2024-03-11\", \"submittedOn\": \"2024-02-05\", "
                + "\"channel\": \"IN_PERSON\", \"content\": \"申请公开2023年征地补偿方案\", \"applicant\": \"张三\", \"unit\": \"u1\", "
                + "\"id\": \"r1\"}],\n   \"units\": [" + UNIT + "]}, \"asOf\": \"2024-03-20\"}";
        String otherName = a.replace("张三", "李四");
        for (String body : List.of(a, reordered, otherName)) {
            given().contentType("application/json").body(body).post("/api/v1/evaluations").then().statusCode(200);
        }
        List<JsonNode> logged = lines.parsed();
        assertEquals(3, logged.size());
        assertEquals(logged.get(0).get("factsSha256"), logged.get(1).get("factsSha256"));
        assertNotEquals(logged.get(0).get("factsSha256"), logged.get(2).get("factsSha256"),
                "the hash is of the original facts: another applicant is other facts");
        assertEquals(logged.get(0).get("facts"), logged.get(2).get("facts"), "masked, the two look alike");
        assertEquals("anonymous", logged.get(0).get("caller").asText());
    }

    @Test
    void anUnknownTokenOnAnOpenEndpointIsLoggedAsAnonymousAndADeadlineIsOneLine() {
        given().header("X-API-Key", "not-a-configured-token-000").contentType("application/json")
                .body("{\"asOf\": \"2024-03-20\", \"request\": " + LATE + "}")
                .post("/api/v1/deadlines").then().statusCode(200);
        JsonNode line = lines.parsed().get(0);
        assertEquals("anonymous", line.get("caller").asText());
        assertEquals("/api/v1/deadlines", line.get("endpoint").asText());
        assertEquals("deadline", line.get("mode").asText());
        JsonNode f = line.get("findings").get(0);
        assertEquals("request:r1", f.get("subject").asText());
        assertEquals("2024-03-08", f.get("dueDate").asText());
        assertEquals("ANSWERED", f.get("state").asText());
        assertEquals("VIOLATION", f.get("status").asText());
        assertTrue(line.get("request").get("applicant").asText().startsWith("masked:"));
        assertFalse(lines.raw().contains("张三"));
    }

    @Test
    void everyBulkFactSetAndEveryNdjsonLineIsOneLineWithTheCaller() {
        String facts = "{\"units\": [" + UNIT + "], \"requests\": [" + LATE + "]}";
        given().header("Authorization", Admin.VIEWER).contentType("application/json")
                .body("{\"asOf\": \"2024-03-20\", \"factSets\": [{\"key\": \"a\", \"facts\": " + facts + "}, {\"key\": \"b\", \"facts\": "
                        + facts + "}]}")
                .post("/api/v1/evaluations/bulk").then().statusCode(200);
        given().header("Authorization", Admin.VIEWER).contentType("application/x-ndjson")
                .body(("{\"asOf\": \"2024-03-20\", \"facts\": " + facts + "}\n{\"asOf\": \"2024-03-21\", \"facts\": " + facts + "}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/evaluations/bulk").then().statusCode(200);
        List<JsonNode> logged = lines.parsed();
        assertEquals(4, logged.size(), lines.raw());
        assertEquals(List.of("bulk", "bulk", "stream", "stream"), logged.stream().map(l -> l.get("mode").asText()).toList());
        logged.forEach(l -> assertEquals("viewer-token-1", l.get("caller").asText(), l.toString()));
        assertEquals("2024-03-21", logged.get(3).get("asOf").asText());
    }

    /**
     * The fee standard counts an applicant's requests to a unit in a month by the applicant's name: pseudonyms keep
     * equal names equal, so the logged facts give the verdicts the original ones gave. One mask for everyone would not.
     */
    @Test
    void judgedAgainTheMaskedFactsGiveTheSameFindingsWhereOneMaskForAllWouldNot() throws Exception {
        StringBuilder requests = new StringBuilder();
        for (int i = 1; i <= 11; i++) {
            requests.append(feeRequest("z" + i, "张某", "2024-03-" + (10 + i), i == 11 ? 100 : 0)).append(", ");
        }
        requests.append(feeRequest("l1", "李某", "2024-03-22", 100));
        String facts = "{\"units\": [" + UNIT + "], \"requests\": [" + requests + "]}";
        String body = "{\"asOf\": \"2024-04-30\", \"sources\": [\"OGI\"], \"facts\": " + facts + "}";
        JsonNode original = JSON.readTree(given().contentType("application/json").body(body).post("/api/v1/evaluations")
                .then().statusCode(200).extract().asString());
        assertEquals("SATISFIED", ogi42(original, "request:z11"), "the 11th request of the month may be charged");
        assertEquals("VIOLATION", ogi42(original, "request:l1"), "another applicant's first may not");

        JsonNode line = lines.parsed().get(0);
        assertFalse(lines.raw().contains("张某"));
        ObjectNode again = JSON.createObjectNode();
        again.put("asOf", "2024-04-30");
        again.putArray("sources").add("OGI");
        again.set("facts", line.get("facts"));
        JsonNode replayed = JSON.readTree(given().contentType("application/json").body(again.toString())
                .post("/api/v1/evaluations").then().statusCode(200).extract().asString());
        assertEquals(original.get("findings"), replayed.get("findings"));

        String oneMask = body.replace("张某", "***").replace("李某", "***");
        JsonNode naive = JSON.readTree(given().contentType("application/json").body(oneMask).post("/api/v1/evaluations")
                .then().statusCode(200).extract().asString());
        assertEquals("SATISFIED", ogi42(naive, "request:l1"), "one mask for all makes 李某's request the 12th of one applicant");
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String feeRequest(String id, String applicant, String submitted, int amount) {
        return "{\"id\": \"" + id + "\", \"unit\": \"u1\", \"applicant\": \"" + applicant + "\", \"channel\": \"IN_PERSON\", "
                + "\"submittedOn\": \"" + submitted + "\", \"answeredOn\": \"2024-04-08\""
                + (amount == 0 ? "" : ", \"fee\": {\"perRequestAmount\": " + amount + ", \"noticeOn\": \"2024-03-25\", \"paidOn\": \"2024-03-26\"}")
                + "}";
    }

    private static String ogi42(JsonNode result, String subject) {
        for (JsonNode f : result.get("findings")) {
            if (f.get("ruleId").asText().equals("OGI-42") && (f.get("subjectKind").asText() + ":" + f.get("subjectId").asText()).equals(subject)) {
                return f.get("status").asText();
            }
        }
        return "none";
    }

    @Test
    void theRuleSetServedIsKeptInTheArchiveByVersion() {
        String version = given().get("/api/v1/ruleset").then().statusCode(200).extract().path("version");
        Path kept = Path.of("target/rules-archive", version);
        assertTrue(Files.isRegularFile(kept.resolve("national/ogi/source.yaml")), kept.toAbsolutePath().toString());
    }
}
