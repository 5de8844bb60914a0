package org.zwgk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated bad bodies against the evaluation, bulk and deadline endpoints: random JSON, the valid shapes with wrong
 * types, missing and null fields, odd dates (1900, 9999, 2028 which the calendar lacks, 2027 which it counts provisionally, impossible dates), Chinese
 * and emoji text, deep arrays and huge strings. Every answer is a 2xx or a problem+json 4xx with a code (and the field
 * for a field error), never a 5xx, never a hang; afterwards the service is ready and still evaluates correctly.
 * <p>
 * The bodies come from jqwik arbitraries drawn with a fixed seed (jqwik's engine cannot host a Quarkus application,
 * so a Jupiter test draws them): every run sends the same bodies, and a failure prints the body that caused it.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RobustInputTest {
    static final long SEED = 20240320L;
    static final int EVALUATION_TRIES = 600;
    static final int DEADLINE_TRIES = 500;
    static final int BULK_TRIES = 150;
    static final int STREAM_TRIES = 100;
    /** Codes that are about a field: their problems must name it. */
    static final Set<String> FIELD_CODES = Set.of("invalid_field", "unknown_field", "unknown_enum", "invalid_date", "missing_field",
            "too_many_facts", "too_many_items", "string_too_long");

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 30_000));
    static final Map<String, AtomicInteger> STATUSES = new TreeMap<>();

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @AfterAll
    static void tally() {
        System.out.println("RobustInputTest: responses by endpoint and status " + STATUSES);
    }

    // ---- generators ------------------------------------------------------------------------------------------

    static final List<String> ODD_DATES = List.of("1900-01-01", "9999-12-31", "2028-03-01", "2027-01-04", "2024-02-30",
            "2023-02-29", "2024-13-01", "2024-00-10", "24-3-1", "2024/03/20", "２０２４-03-20", "2024-03-20T08:00:00Z",
            "+10000-01-01", "-0001-01-01", "", " ", "null", "2020-12-31", "2021-01-01", "2026-12-31", "2024-02-29");
    static final List<String> FIELD_NAMES = List.of("asOf", "facts", "statuses", "sources", "jurisdiction", "units", "requests",
            "id", "unit", "division", "kind", "channel", "submittedOn", "answeredOn", "consultations", "party", "sentOn",
            "repliedOn", "extension", "workingDays", "fee", "pages", "request", "factSets", "key", "documents", "websites");

    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(40),
                Arbitraries.of("😀", "🏛️政务公开", "\u0000", "\ud83d", "\u202e反转", "双塔区某局", "IN_PERSON", "VIOLATION", "OGI",
                        "211302", "u1", "r1", "<script>", "' OR 1=1 --", "${jndi:ldap://x}", "\\", "\""),
                Arbitraries.of(ODD_DATES),
                // huge: up to 30 000 characters (the test profile's string limit is 20 000, its body limit 64K)
                Arbitraries.integers().between(1_000, 30_000).map(n -> "长".repeat(n)));
    }

    static Arbitrary<JsonNode> scalar() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, text().map(NODES::textNode)),
                Tuple.of(2, Arbitraries.integers().map(NODES::numberNode)),
                Tuple.of(1, Arbitraries.longs().map(NODES::numberNode)),
                Tuple.of(1, Arbitraries.doubles().map(NODES::numberNode)),
                Tuple.of(1, Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30), java.math.BigInteger.TEN.pow(40))
                        .map(NODES::numberNode)),
                Tuple.of(1, Arbitraries.of(true, false).map(NODES::booleanNode)),
                Tuple.of(2, Arbitraries.just(NODES.nullNode())));
    }

    /** Any JSON value, objects keyed partly by the real field names. */
    static Arbitrary<JsonNode> anyJson(int depth) {
        if (depth <= 0) {
            return scalar();
        }
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(FIELD_NAMES), text().filter(s -> s.length() < 50));
        Arbitrary<JsonNode> object = Combinators.combine(keys.list().ofMaxSize(4), anyJson(depth - 1).list().ofMaxSize(4))
                .as((ks, vs) -> {
                    ObjectNode o = NODES.objectNode();
                    for (int i = 0; i < Math.min(ks.size(), vs.size()); i++) {
                        o.set(ks.get(i), vs.get(i));
                    }
                    return (JsonNode) o;
                });
        Arbitrary<JsonNode> array = anyJson(depth - 1).list().ofMaxSize(4).map(vs -> {
            ArrayNode a = NODES.arrayNode();
            vs.forEach(a::add);
            return (JsonNode) a;
        });
        return Arbitraries.frequencyOf(Tuple.of(3, scalar()), Tuple.of(2, object), Tuple.of(2, array));
    }

    /** Arrays nested 10 to 300 deep, around a value. */
    static Arbitrary<JsonNode> deepArray() {
        return Combinators.combine(Arbitraries.integers().between(10, 300), scalar()).as((depth, leaf) -> {
            JsonNode n = leaf;
            for (int i = 0; i < depth; i++) {
                ArrayNode a = NODES.arrayNode();
                a.add(n);
                n = a;
            }
            return n;
        });
    }

    /** A replacement for one place in a valid body. */
    record Mutation(double where, String kind, JsonNode value, String key) {
    }

    static Arbitrary<Mutation> mutation() {
        Arbitrary<JsonNode> value = Arbitraries.frequencyOf(
                Tuple.of(4, scalar()),
                Tuple.of(2, Arbitraries.of(ODD_DATES).map(NODES::textNode)),
                Tuple.of(2, anyJson(2)),
                Tuple.of(1, deepArray()));
        return Combinators.combine(Arbitraries.doubles().between(0, 1),
                        Arbitraries.of("replace", "replace", "replace", "null", "remove", "add", "date", "wrap"),
                        value, Arbitraries.oneOf(Arbitraries.of(FIELD_NAMES), text().filter(s -> s.length() < 50)))
                .as(Mutation::new);
    }

    /** Every place (object field or array element) of a tree: the container and the key or index. */
    static void places(JsonNode n, List<Object[]> out) {
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                out.add(new Object[]{n, k});
                places(n.get(k), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.add(new Object[]{n, i});
                places(n.get(i), out);
            }
        }
    }

    static JsonNode mutate(JsonNode valid, List<Mutation> ms) {
        JsonNode root = valid.deepCopy();
        for (Mutation m : ms) {
            List<Object[]> places = new ArrayList<>();
            places(root, places);
            if (places.isEmpty()) {
                return root;
            }
            Object[] at = places.get((int) Math.min(places.size() - 1, Math.floor(m.where() * places.size())));
            JsonNode container = (JsonNode) at[0];
            Object key = at[1];
            JsonNode v = switch (m.kind()) {
                case "null" -> NODES.nullNode();
                case "date" -> NODES.textNode(ODD_DATES.get((int) (m.where() * 1000) % ODD_DATES.size()));
                case "wrap" -> NODES.arrayNode().add(key instanceof String s ? container.get(s) : container.get((Integer) key));
                default -> m.value();
            };
            if (container instanceof ObjectNode o) {
                switch (m.kind()) {
                    case "remove" -> o.remove((String) key);
                    case "add" -> o.set(m.key(), m.value());
                    default -> o.set((String) key, v);
                }
            } else if (container instanceof ArrayNode a) {
                switch (m.kind()) {
                    case "remove" -> a.remove((Integer) key);
                    case "add" -> a.add(m.value());
                    default -> a.set((Integer) key, v);
                }
            }
        }
        return root;
    }

    static final String VALID_FACTS = "{\"units\": [{\"id\": \"u1\", \"name\": \"双塔区某局\", \"division\": \"211302\", \"kind\": \"DEPARTMENT\"}],"
            + " \"requests\": [{\"id\": \"r1\", \"unit\": \"u1\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"2024-02-05\", \"answeredOn\": \"2024-03-11\","
            + " \"consultations\": [{\"party\": \"THIRD_PARTY\", \"sentOn\": \"2024-02-20\", \"repliedOn\": \"2024-02-26\"}],"
            + " \"extension\": {\"workingDays\": 20, \"approvedOn\": \"2024-03-01\", \"notifiedOn\": \"2024-03-04\"},"
            + " \"fee\": {\"perRequestAmount\": 100, \"pages\": 40, \"noticeOn\": \"2024-02-22\"}}]}";
    static final String VALID_EVALUATION = "{\"asOf\": \"2024-03-20\", \"statuses\": [\"VIOLATION\", \"OPEN\"], \"sources\": [\"OGI\"],"
            + " \"jurisdiction\": \"211302\", \"facts\": " + VALID_FACTS + "}";
    static final String VALID_DEADLINE = "{\"asOf\": \"2024-03-20\", \"request\": {\"id\": \"r1\", \"channel\": \"POST_SIGNED\","
            + " \"submittedOn\": \"2024-02-01\", \"signedForOn\": \"2024-02-05\", \"answeredOn\": \"2024-03-11\","
            + " \"consultations\": [{\"party\": \"OTHER_AGENCY\", \"sentOn\": \"2024-02-20\", \"receivedOn\": \"2024-02-21\", \"repliedOn\": \"2024-02-26\"}],"
            + " \"extension\": {\"workingDays\": 20, \"approvedOn\": \"2024-03-01\", \"notifiedOn\": \"2024-03-04\"},"
            + " \"correctionNoticeOn\": null, \"fee\": {\"byQuantityAmount\": 1700, \"pages\": 150, \"noticeOn\": \"2024-02-22\"}}}";
    static final String VALID_BULK = "{\"asOf\": \"2024-03-20\", \"factSets\": [{\"key\": \"a\", \"facts\": " + VALID_FACTS + "},"
            + " {\"key\": \"b\", \"facts\": " + VALID_FACTS + "}]}";

    /** A body for an endpoint whose valid shape is {@code valid}: mutated (most), random JSON, deep arrays or broken text. */
    static Arbitrary<String> bodies(String valid) {
        JsonNode tree;
        try {
            tree = JSON.readTree(valid);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Arbitrary<String> mutated = mutation().list().ofMinSize(1).ofMaxSize(3).map(ms -> mutate(tree, ms).toString());
        Arbitrary<String> random = anyJson(4).map(JsonNode::toString);
        Arbitrary<String> deep = deepArray().map(JsonNode::toString);
        Arbitrary<String> broken = Combinators.combine(mutated, Arbitraries.doubles().between(0, 1), Arbitraries.of("cut", "garbage", "twice", "bom"))
                .as((b, at, how) -> switch (how) {
                    case "cut" -> b.substring(0, (int) (at * b.length()));
                    case "garbage" -> b.substring(0, (int) (at * b.length())) + "\u0001}{]\"" + b.substring((int) (at * b.length()));
                    case "twice" -> b + b;
                    default -> "\uFEFF" + b;
                });
        Arbitrary<String> deepInside = Combinators.combine(Arbitraries.integers().between(10, 400), Arbitraries.of("facts", "asOf", "request"))
                .as((depth, field) -> valid.replaceFirst("\"" + field + "\": ", "\"" + field + "\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"x" + field + "\": "));
        return Arbitraries.frequencyOf(Tuple.of(10, mutated), Tuple.of(3, random), Tuple.of(1, deep), Tuple.of(2, broken),
                Tuple.of(1, deepInside), Tuple.of(1, Arbitraries.just(valid)));
    }

    /** {@code n} values of an arbitrary, the same on every run. */
    static <T> List<T> draw(Arbitrary<T> a, int n, long seed) {
        JqwikSession.start(String.valueOf(seed));
        try {
            Random random = new Random(seed);
            var gen = a.generator(1000, true);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(gen.next(random).value());
            }
            return out;
        } finally {
            JqwikSession.finish();
        }
    }

    // ---- the checks ------------------------------------------------------------------------------------------

    static Response post(String path, String contentType, String body) {
        return given().config(TIMEOUTS).contentType(contentType + "; charset=UTF-8").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post(path);
    }

    static void count(String endpoint, int status) {
        synchronized (STATUSES) {
            STATUSES.computeIfAbsent(endpoint + " " + status, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Null if a problem is well-formed; else what is wrong. */
    static String problemFault(JsonNode p, int httpStatus) {
        if (p == null || !p.isObject()) {
            return "not a problem object";
        }
        String code = p.path("code").asText("");
        if (code.isBlank()) {
            return "problem without a code";
        }
        if (p.path("status").asInt() != httpStatus) {
            return "problem status " + p.path("status") + " differs from " + httpStatus;
        }
        if (httpStatus >= 500) {
            return "a 5xx problem (" + code + ")";
        }
        if (FIELD_CODES.contains(code)) {
            JsonNode errors = p.path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                return code + " without errors[]";
            }
            for (JsonNode e : errors) {
                if (e.path("field").asText("").isBlank()) {
                    return code + " with an error that names no field";
                }
            }
        }
        if (p.toString().contains("Exception") || p.toString().contains("\tat ")) {
            return "internals in the problem: " + p;
        }
        return null;
    }

    /** Null if the response is a 2xx JSON or a well-formed problem+json 4xx; else what is wrong. */
    static String fault(Response r, boolean ndjson) {
        int status = r.statusCode();
        String type = String.valueOf(r.contentType());
        try {
            if (status >= 200 && status < 300) {
                if (ndjson) {
                    for (String line : r.asString().split("\n")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode l = JSON.readTree(line);
                        if (l.has("error")) {
                            String f = problemFault(l.get("error"), l.get("error").path("status").asInt());
                            if (f != null) {
                                return "line " + l.path("line") + ": " + f;
                            }
                        }
                    }
                    return null;
                }
                if (!type.startsWith("application/json")) {
                    return "2xx with content type " + type;
                }
                JsonNode body = JSON.readTree(r.asString());
                for (JsonNode result : body.path("results")) {
                    if (result.has("error")) {
                        String f = problemFault(result.get("error"), result.get("error").path("status").asInt());
                        if (f != null) {
                            return "results[" + result.path("index") + "]: " + f;
                        }
                    }
                }
                return null;
            }
            if (status >= 500 || status < 400) {
                return "status " + status + ": " + r.asString();
            }
            if (!type.startsWith("application/problem+json")) {
                return status + " with content type " + type + ": " + r.asString();
            }
            return problemFault(JSON.readTree(r.asString()), status);
        } catch (Exception e) {
            return "unreadable response (" + status + ", " + type + "): " + e.getMessage();
        }
    }

    static void run(String endpoint, String path, String contentType, List<String> bodies, boolean ndjson) {
        List<String> faults = new ArrayList<>();
        for (String body : bodies) {
            long t0 = System.nanoTime();
            Response r = post(path, contentType, body);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            count(endpoint, r.statusCode());
            String f = fault(r, ndjson);
            if (f == null && ms > 10_000) {
                f = "took " + ms + " ms";
            }
            if (f != null) {
                faults.add(f + "\n    body: " + (body.length() > 400 ? body.substring(0, 400) + "… (" + body.length() + " chars)" : body));
            }
        }
        assertTrue(faults.isEmpty(), faults.size() + " of " + bodies.size() + " " + endpoint + " bodies were answered wrongly:\n"
                + String.join("\n", faults.subList(0, Math.min(10, faults.size()))));
    }

    // ---- the tests -------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void evaluations() {
        run("evaluations", "/api/v1/evaluations", "application/json", draw(bodies(VALID_EVALUATION), EVALUATION_TRIES, SEED), false);
    }

    @Test
    @Order(2)
    void deadlines() {
        run("deadlines", "/api/v1/deadlines", "application/json", draw(bodies(VALID_DEADLINE), DEADLINE_TRIES, SEED + 1), false);
    }

    @Test
    @Order(3)
    void bulk() {
        run("bulk", "/api/v1/evaluations/bulk", "application/json", draw(bodies(VALID_BULK), BULK_TRIES, SEED + 2), false);
    }

    /** NDJSON: each call 1–8 lines, each line a generated evaluation body (its facts and asOf) or garbage. */
    @Test
    @Order(4)
    void stream() {
        Arbitrary<String> line = bodies("{\"asOf\": \"2024-03-20\", \"key\": \"k\", \"facts\": " + VALID_FACTS + "}")
                .map(s -> s.replace('\n', ' ').replace('\r', ' '));
        List<String> calls = draw(line.list().ofMinSize(1).ofMaxSize(8).map(ls -> String.join("\n", ls)), STREAM_TRIES, SEED + 3);
        run("stream", "/api/v1/evaluations/bulk", "application/x-ndjson", calls, true);
    }

    /** After all that: ready, and a known evaluation still gives its known answer. */
    @Test
    @Order(5)
    void stillHealthyAndCorrect() {
        given().config(TIMEOUTS).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().config(TIMEOUTS).contentType("application/json")
                .body(Bodies.evaluation("2024-03-20", Bodies.facts(Bodies.request("r1", "2024-02-05", "2024-03-11"))))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("findings.find { it.ruleId == 'OGI-33' && it.subjectId == 'r1' }.status", equalTo("VIOLATION"))
                .body("findings.find { it.ruleId == 'OGI-33' && it.subjectId == 'r1' }.dueDate", equalTo("2024-03-08"));
        given().config(TIMEOUTS).contentType("application/json").body(VALID_DEADLINE)
                .when().post("/api/v1/deadlines").then().statusCode(200);
    }
}
