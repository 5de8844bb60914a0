package org.zwgk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While clients evaluate without pause, the rule set is swapped 20 times, good and broken files alternating. No request
 * fails; every response names a version that was live while it ran; and every response's findings are those of the
 * version it names (two good variants differ in one message, so a mixed result would show).
 */
@QuarkusTest
@TestProfile(ReloadedOnRequest.class)
class ReloadUnderLoadTest {
    private static final String OGI = "national/ogi/requests.drl";
    private static final String OPEN_A = "\"办理中，距答复期限\"";
    private static final String OPEN_B = "\"办理中（复核），距答复期限\"";
    /** Received 2024-03-01, unanswered, judged on 2024-03-05: 17 working days left, so OGI-33 is OPEN. */
    private static final String BODY = """
            {"asOf": "2024-03-05", "sources": ["OGI"], "facts": {
              "units": [{"id": "u1", "name": "双塔区某局", "division": "211302", "kind": "DEPARTMENT"}],
              "requests": [{"id": "r1", "unit": "u1", "channel": "IN_PERSON", "submittedOn": "2024-03-01"}]}}""";
    private static final int CLIENTS = 3;
    private static final int SWAPS = 20;

    @TestHTTPResource("/")
    URL base;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response: the versions live before it was sent and after it came back, and what it said. */
    private record Seen(int swapsBefore, int swapsAfter, int status, String version, String message) {
    }

    @Test
    void twentySwapsUnderLoadFailNoRequestAndMixNoResults() throws Exception {
        Path drl = WatchedRules.dir.resolve(OGI);
        String good = Files.readString(drl, StandardCharsets.UTF_8);
        assertTrue(good.contains(OPEN_A), "the OGI-33 open message this test varies");
        String variantB = good.replace(OPEN_A, OPEN_B);
        String broken = good.replace("rule \"OGI-33 办理中\"", "rule \"OGI-33 办理中\" when when");

        // The version live after each swap (index 0: before any); and which variant each good version is.
        List<String> liveAfter = new CopyOnWriteArrayList<>(List.of(liveVersion()));
        Map<String, String> variantOf = new ConcurrentHashMap<>(Map.of(liveAfter.get(0), "A"));
        List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            loops.add(clients.submit(() -> {
                while (running.get()) {
                    int before = liveAfter.size() - 1;
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/evaluations"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
                    int after = liveAfter.size() - 1;
                    String version = null;
                    String message = null;
                    if (r.statusCode() == 200) {
                        JsonNode body = json.readTree(r.body());
                        version = body.path("rulesetVersion").asText();
                        for (JsonNode f : body.path("findings")) {
                            if (f.path("ruleId").asText().equals("OGI-33")) {
                                message = f.path("message").asText();
                            }
                        }
                    }
                    seen.add(new Seen(before, after, r.statusCode(), version, message));
                }
                return null;
            }));
        }
        try {
            int refused = 0;
            for (int i = 1; i <= SWAPS; i++) {
                boolean bad = i % 2 == 0;
                boolean b = i % 4 == 1;
                // every good file differs (a revision comment), so every good swap is a new version
                String content = bad ? broken : (b ? variantB : good) + "\n// 修订 " + i + "\n";
                Files.writeString(drl, content, StandardCharsets.UTF_8);
                JsonNode attempt = reload();
                String outcome = attempt.path("outcome").asText();
                String live = attempt.path("liveVersion").asText();
                if (bad) {
                    assertEquals("refused", outcome, attempt.toString());
                    refused++;
                } else {
                    assertEquals("loaded", outcome, attempt.toString());
                    variantOf.put(live, b ? "B" : "A");
                }
                liveAfter.add(live);
            }
            assertEquals(SWAPS / 2, refused);
        } finally {
            running.set(false);
            for (Future<?> f : loops) {
                f.get(60, TimeUnit.SECONDS);
            }
            clients.shutdownNow();
            Files.writeString(drl, good, StandardCharsets.UTF_8);
        }

        assertTrue(seen.size() > SWAPS, "the load ran throughout: " + seen.size() + " responses");
        for (Seen s : seen) {
            assertEquals(200, s.status(), "a request failed during a swap: " + s);
            // a swap takes effect just before the reload call returns, so the next version may already answer
            List<String> liveWhileRunning = liveAfter.subList(s.swapsBefore(), Math.min(s.swapsAfter() + 2, liveAfter.size()));
            assertTrue(liveWhileRunning.contains(s.version()), s + " names a version not live while it ran: " + liveWhileRunning);
            String variant = variantOf.get(s.version());
            assertTrue(s.message() != null && s.message().startsWith(variant.equals("B") ? "办理中（复核）" : "办理中，"),
                    "findings of another version than the one named: " + s);
        }
        assertEquals(1 + SWAPS / 2, variantOf.size(), "the initial version and one per good swap: " + variantOf);
        assertTrue(seen.stream().map(Seen::version).distinct().count() > 2, "responses came from several versions");
    }

    private String liveVersion() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/ruleset")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(r.body()).path("version").asText();
    }

    private JsonNode reload() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/ruleset/reload"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", Admin.ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }
}
