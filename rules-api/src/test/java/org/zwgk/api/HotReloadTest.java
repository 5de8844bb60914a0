package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The policy editor's loop against a running service that watches a copy of the rule tree: a broken file is refused
 * and the old rules keep answering, a fixed file is picked up without a restart, a change that breaks an example case
 * is refused, and a parameter changed together with its cases changes the results. The tests run in order, each
 * starting from the tree the previous one left.
 */
@QuarkusTest
@TestProfile(WatchedRules.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotReloadTest {
    private static final String SHT26 = "liaoning/shuangta/sht26/";
    /** A hand-written rule file with an account pattern to break and mend (SHT26-9b itself is a template row). */
    private static final String WEBCHK_NM = "national/webchk/newmedia.drl";
    /** The duty template SHT26-9b expands from: its wording is edited to show which rules answer. */
    private static final String UPDATE_INTERVAL = "templates/update-interval.drt";
    /** Bounded: a check compiles the tree and runs every case, which takes seconds, longer on a busy build machine. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** 双塔区教育局's account: posts on 03-02, 03-08 (a 6-day gap) and 03-12, judged on 03-13. */
    private static final String SIX_DAY_GAP = """
            {"asOf": "2026-03-13", "sources": ["SHT26"], "facts": {
              "units": [{"id": "jyj", "name": "双塔区教育局", "division": "211302", "kind": "DEPARTMENT"}],
              "accounts": [{"id": "jyj-wx", "unit": "jyj", "name": "双塔教育", "platform": "微信公众号",
                            "openedOn": "2018-09-01", "posts": ["2026-03-02", "2026-03-08", "2026-03-12"]}]}}""";

    private static String started;

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    @Order(1)
    void theWatchedDirectoryIsCheckedAndLoadedAtStartup() {
        JsonPath s = status();
        assertEquals(WatchedRules.dir.toString(), s.getString("rulesDir"));
        assertEquals("watch-service", s.getString("watch.mode"));
        assertEquals("startup", s.getString("lastAttempt.trigger"));
        assertEquals("loaded", s.getString("lastAttempt.outcome"));
        assertTrue(s.getInt("lastAttempt.report.cases.run") > 100, "every example case ran");
        assertEquals(0, s.getInt("lastAttempt.report.cases.failed"));
        started = s.getString("version");
        assertEquals(started, given().get("/api/v1/ruleset").then().statusCode(200).extract().path("version"));
        JsonPath ev = sixDayGap();
        assertEquals(started, ev.getString("rulesetVersion"));
        assertEquals("SATISFIED", ev.getString("findings.find { it.ruleId == 'SHT26-9b' }.status"));
    }

    @Test
    @Order(2)
    void aBrokenDrlFileIsRefusedTheOldRulesKeepAnsweringAndTheStatusNamesFileAndLine() throws IOException {
        Instant before = Instant.now();
        String drl = Files.readString(WatchedRules.dir.resolve(WEBCHK_NM), StandardCharsets.UTF_8);
        int line = (int) drl.substring(0, drl.indexOf("    $a : Account()\n")).chars().filter(c -> c == '\n').count() + 1;
        editFirst(WEBCHK_NM, "    $a : Account()\n", "    $a : Account( posts != null,, )\n");
        JsonPath s = awaitAttempt(before);
        assertEquals("refused", s.getString("lastAttempt.outcome"));
        assertEquals("watch", s.getString("lastAttempt.trigger"));
        List<Map<String, Object>> errors = s.getList("lastAttempt.report.problems.findAll { it.severity == 'error' && it.line > 0 }");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(WEBCHK_NM, errors.get(0).get("file"));
        assertEquals(line, errors.get(0).get("line"));
        assertEquals(33, errors.get(0).get("column"));
        assertTrue(s.getString("lastAttempt.reason").contains(WEBCHK_NM + ":" + line + ":33"), s.getString("lastAttempt.reason"));
        assertEquals(started, s.getString("version"));
        assertEquals(started, s.getString("lastAttempt.liveVersion"));
        assertEquals(started, given().get("/api/v1/ruleset").then().statusCode(200).extract().path("version"));
        JsonPath ev = sixDayGap();
        assertEquals(started, ev.getString("rulesetVersion"));
        assertEquals("SATISFIED", ev.getString("findings.find { it.ruleId == 'SHT26-9b' }.status"));
    }

    @Test
    @Order(3)
    void aFixedFileIsPickedUpWithoutRestart() throws IOException {
        Instant before = Instant.now();
        // fixed, and with a reworded message, so that the evaluation shows which rules answered
        edit(WEBCHK_NM, "    $a : Account( posts != null,, )\n", "    $a : Account()\n");
        edit(UPDATE_INTERVAL, "起更新间隔均未超过", "起各次更新间隔都未超过"); // a template edited: its rows change too
        JsonPath s = awaitAttempt(before, "loaded");
        String fixed = s.getString("version");
        assertNotEquals(started, fixed);
        assertEquals(fixed, s.getString("lastAttempt.liveVersion"));
        assertEquals(fixed, given().get("/api/v1/ruleset").then().statusCode(200).extract().path("version"));
        JsonPath ev = sixDayGap();
        assertEquals(fixed, ev.getString("rulesetVersion"));
        assertEquals("SATISFIED", ev.getString("findings.find { it.ruleId == 'SHT26-9b' }.status"));
        assertEquals("自2026-01-01起各次更新间隔都未超过7天，最后一次更新2026-03-12",
                ev.getString("findings.find { it.ruleId == 'SHT26-9b' }.message"));
    }

    @Test
    @Order(4)
    void aParameterChangeThatBreaksExampleCasesIsRefusedAndTheFailedCasesAreListed() throws IOException {
        String live = status().getString("version");
        Instant before = Instant.now();
        setNewMediaInterval(5);
        JsonPath s = awaitAttempt(before);
        assertEquals("refused", s.getString("lastAttempt.outcome"));
        assertEquals(0, s.getInt("lastAttempt.report.errors"));
        assertEquals(6, s.getInt("lastAttempt.report.cases.failed"));
        List<String> failed = s.getList("lastAttempt.report.cases.failures.name");
        assertTrue(failed.contains("区融媒体中心公众号每3至5天更新一条，符合7天要求"), failed::toString);
        assertEquals(SHT26 + "newmedia.cases.yaml", s.getString("lastAttempt.report.cases.failures[0].file"));
        assertTrue(s.getString("lastAttempt.report.cases.failures.find { it.name == '区融媒体中心公众号每3至5天更新一条，符合7天要求' }.diff")
                .contains("- expected SHT26-9b account:rmt-wx SATISFIED due 2026-03-29"));
        assertEquals(live, s.getString("version"));
        JsonPath ev = sixDayGap();
        assertEquals(live, ev.getString("rulesetVersion"));
        assertEquals("SATISFIED", ev.getString("findings.find { it.ruleId == 'SHT26-9b' }.status"));
    }

    /** Issue 5 point 5: the parameter in source.yaml, changed with the cases that rest on it, changes the results. */
    @Test
    @Order(5)
    void theParameterWithItsCasesFixedIsLoadedAndTheSixDayGapBecomesAViolation() throws IOException {
        String live = status().getString("version");
        Instant before = Instant.now();
        String cases = SHT26 + "newmedia.cases.yaml";
        edit(cases, "status: VIOLATION, due: 2026-03-09}", "status: VIOLATION, due: 2026-03-07}\n"
                + "      - {rule: SHT26-9b, subject: \"account:jyj-wx\", status: WARNING, due: 2026-03-25}");
        edit(cases, "due: 2026-02-09}", "due: 2026-02-07}");
        edit(cases, "due: 2026-02-27}", "due: 2026-02-25}");
        edit(cases, "\"account:lsjd-wx\", status: VIOLATION, due: 2026-01-07}", "\"account:lsjd-wx\", status: VIOLATION, due: 2026-01-05}");
        edit(cases, "status: WARNING, due: 2026-03-13}", "status: WARNING, due: 2026-03-11}");
        edit(cases, "status: SATISFIED, due: 2026-03-29}", "status: SATISFIED, due: 2026-03-27}");
        edit(cases, "\"account:xfj-dy\", status: VIOLATION, due: 2026-03-08}", "\"account:xfj-dy\", status: VIOLATION, due: 2026-03-06}");
        JsonPath s = awaitAttempt(before, "loaded");
        assertEquals(0, s.getInt("lastAttempt.report.cases.failed"));
        String five = s.getString("version");
        assertNotEquals(live, five);
        given().get("/api/v1/ruleset").then().statusCode(200)
                .body("version", equalTo(five))
                .body("sources.find { it.code == 'SHT26' }.parameters.'newmedia-update-interval-days'.value", equalTo(5));
        JsonPath ev = sixDayGap();
        assertEquals(five, ev.getString("rulesetVersion"));
        assertEquals("VIOLATION", ev.getString("findings.find { it.ruleId == 'SHT26-9b' }.status"));
        assertEquals("2026-03-07", ev.getString("findings.find { it.ruleId == 'SHT26-9b' }.dueDate"));
        assertTrue(ev.getString("findings.find { it.ruleId == 'SHT26-9b' }.message").contains("间隔6天，超过5天"));
    }

    @Test
    @Order(6)
    void theReloadEndpointChecksSynchronouslyAndReportsTheOutcome() throws IOException {
        // unchanged, unless the watcher has not yet seen the last edit of the previous test
        JsonPath first = given().header("Authorization", Admin.ADMIN).post("/api/v1/ruleset/reload").then().statusCode(200)
                .body("trigger", equalTo("request"))
                .extract().jsonPath();
        assertTrue(List.of("unchanged", "loaded").contains(first.getString("outcome")), first::prettify);
        String live = first.getString("liveVersion");
        // a broken source.yaml, checked at once: refused, whatever the watcher does meanwhile
        edit(SHT26 + "source.yaml", "validFrom: 2026-01-01", "validFrom: 2026-13-01");
        JsonPath r = given().header("Authorization", Admin.ADMIN).post("/api/v1/ruleset/reload").then().statusCode(200)
                .body("outcome", equalTo("refused"))
                .body("liveVersion", equalTo(live))
                .body("report.valid", equalTo(false))
                .body("report.problems.file", hasItem(SHT26 + "source.yaml"))
                .extract().jsonPath();
        assertTrue(r.getInt("report.errors") > 0);
        edit(SHT26 + "source.yaml", "validFrom: 2026-13-01", "validFrom: 2026-01-01");
        JsonPath s = status();
        assertEquals(live, s.getString("version"));
        assertTrue(s.getList("history").size() >= 7, "the history keeps every attempt");
        assertEquals(List.of("startup"), s.getList("history.findAll { it.trigger == 'startup' }.trigger"));
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

    private static JsonPath status() {
        return given().header("Authorization", Admin.VIEWER).get("/api/v1/ruleset/status")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath sixDayGap() {
        return given().contentType("application/json").body(SIX_DAY_GAP).post("/api/v1/evaluations")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The status once an attempt that began after {@code since} is the latest, polled for a bounded time. */
    private static JsonPath awaitAttempt(Instant since) {
        return awaitAttempt(since, null);
    }

    /** As {@link #awaitAttempt(Instant)}, waiting for an attempt with the given outcome when one is named. */
    private static JsonPath awaitAttempt(Instant since, String outcome) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonPath s = null;
        while (Instant.now().isBefore(deadline)) {
            s = status();
            String at = s.getString("lastAttempt.at");
            if (at != null && Instant.parse(at).isAfter(since)
                    && (outcome == null || outcome.equals(s.getString("lastAttempt.outcome")))) {
                return s;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("no reload attempt" + (outcome == null ? "" : " with outcome " + outcome) + " within " + WAIT
                + "; last status: " + (s == null ? null : s.prettify()));
        return s;
    }

    private static void setNewMediaInterval(int days) throws IOException {
        Path source = WatchedRules.dir.resolve(SHT26 + "source.yaml");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String updated = text.replaceFirst("(newmedia-update-interval-days:\\s*\\n\\s*value: )\\d+", "$1" + days);
        assertNotEquals(text, updated);
        Files.writeString(source, updated, StandardCharsets.UTF_8);
    }

    private static void editFirst(String file, String from, String to) throws IOException {
        Path p = WatchedRules.dir.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> "'" + from + "' not in " + file);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }

    /** Replaces one occurrence (it must be the only one) of {@code from} in a file of the watched copy. */
    private static void edit(String file, String from, String to) throws IOException {
        Path p = WatchedRules.dir.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertTrue(at >= 0, () -> "'" + from + "' not in " + file);
        assertEquals(-1, text.indexOf(from, at + 1), () -> "'" + from + "' is in " + file + " more than once");
        Files.writeString(p, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
    }
}
