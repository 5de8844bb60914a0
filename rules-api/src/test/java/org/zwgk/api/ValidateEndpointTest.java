package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/v1/ruleset/validate: posted rule files laid over a copy of the rules, checked as `rules validate` and
 * `rules test` do, without changing the live rule set (this profile serves the built-in rules).
 */
@QuarkusTest
class ValidateEndpointTest {
    private static final String NEWMEDIA = "national/webchk/newmedia.drl";

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    private static String file(String path) throws IOException {
        return Files.readString(Path.of("..", "drl").resolve(path), StandardCharsets.UTF_8);
    }

    private static String live() {
        return given().get("/api/v1/ruleset").then().statusCode(200).extract().path("version");
    }

    private static JsonPath validate(Object body) {
        return given().header("Authorization", Admin.ADMIN).contentType("application/json").body(body)
                .post("/api/v1/ruleset/validate").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }

    @Test
    void badDrlIsReportedWithFileLineAndColumnAndTheLiveRulesStay() throws IOException {
        String before = live();
        String broken = file(NEWMEDIA).replaceFirst("    \\$a : Account\\(\\)\n", "    \\$a : Account( posts != null,, )\n");
        JsonPath r = validate(Map.of("files", List.of(Map.of("path", NEWMEDIA, "content", broken))));
        assertEquals(false, r.getBoolean("valid"));
        assertTrue(r.getInt("errors") >= 1);
        assertEquals(NEWMEDIA, r.getString("problems.find { it.line > 0 }.file"));
        int line = (int) file(NEWMEDIA).substring(0, file(NEWMEDIA).indexOf("    $a : Account()\n")).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(line, r.getInt("problems.find { it.line > 0 }.line"));
        assertEquals(33, r.getInt("problems.find { it.line > 0 }.column"));
        assertEquals("error", r.getString("problems.find { it.line > 0 }.severity"));
        assertEquals(null, r.getMap("cases"));
        assertEquals(before, live());
    }

    @Test
    void goodDrlIsValidWithEveryCasePassing() throws IOException {
        String before = live();
        JsonPath r = validate(Map.of("files", List.of(Map.of("path", NEWMEDIA, "content", file(NEWMEDIA)))));
        assertEquals(true, r.getBoolean("valid"), r::prettify);
        assertEquals(before, r.getString("version"), "the same files give the live version");
        assertEquals(0, r.getInt("errors"));
        assertTrue(r.getInt("cases.run") > 100);
        assertEquals(0, r.getInt("cases.failed"));
        assertEquals(before, live());
    }

    @Test
    void aParameterThatBreaksCasesIsInvalidWithTheFailedCasesAndTheirDiffs() throws IOException {
        String source = "liaoning/shuangta/sht26/source.yaml";
        String five = file(source).replaceFirst("(newmedia-update-interval-days:\\s*\\n\\s*value: )7", "$15");
        JsonPath r = validate(Map.of("files", List.of(Map.of("path", source, "content", five))));
        assertEquals(false, r.getBoolean("valid"));
        assertEquals(0, r.getInt("errors"));
        assertEquals(6, r.getInt("cases.failed"));
        assertTrue(r.getList("cases.failures.name").contains("区融媒体中心公众号每3至5天更新一条，符合7天要求"));
        assertTrue(r.getString("cases.failures[0].diff").contains("- expected SHT26-9b"));
    }

    @Test
    void postedCasesRunBesideTheRulesCases() {
        Map<String, Object> wrong = Map.of("name", "一个故意写错的案例", "asOf", "2024-03-20", "rules", List.of("OGI-33"),
                "facts", Map.of("units", List.of(Map.of("id", "u1", "name", "某局", "division", "211302", "kind", "DEPARTMENT")),
                        "requests", List.of(Map.of("id", "r1", "unit", "u1", "channel", "IN_PERSON",
                                "submittedOn", "2024-02-05", "answeredOn", "2024-03-11"))),
                "expect", List.of(Map.of("rule", "OGI-33", "subject", "request:r1", "status", "SATISFIED")));
        JsonPath r = validate(Map.of("cases", List.of(wrong)));
        assertEquals(false, r.getBoolean("valid"));
        assertEquals(1, r.getInt("cases.failed"));
        assertEquals("一个故意写错的案例", r.getString("cases.failures[0].name"));
        assertTrue(r.getString("cases.failures[0].diff").contains("+ actual   OGI-33 request:r1 VIOLATION due 2024-03-08"));
    }

    @Test
    void aRuleThatReachesTheSystemIsRefusedByTheLint() {
        String drl = """
                package national.ogi;

                import org.zwgk.rules.facts.Request;

                rule "probe"
                when
                    Request()
                then
                    System.exit(1);
                end
                """;
        validate(Map.of("files", List.of(Map.of("path", "national/ogi/probe.drl", "content", drl)), "runCases", false));
        given().header("Authorization", Admin.ADMIN).contentType("application/json")
                .body(Map.of("files", List.of(Map.of("path", "national/ogi/probe.drl", "content", drl)), "runCases", false))
                .post("/api/v1/ruleset/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("problems.file", hasItem("national/ogi/probe.drl"))
                .body("problems.find { it.message.contains('System.') }.line", equalTo(9));
    }

    @Test
    void pathsOutsideTheTreeAreRefused() {
        for (String path : new String[]{"../x.drl", "/etc/x.drl", "national/../../x.drl", ".hidden/x.drl", "national/ogi/x.sh"}) {
            given().header("Authorization", Admin.ADMIN).contentType("application/json")
                    .body(Map.of("files", List.of(Map.of("path", path, "content", "x"))))
                    .post("/api/v1/ruleset/validate").then().statusCode(400)
                    .body("errors[0].field", equalTo("files[0].path"));
        }
    }

    @Test
    void theTemporaryCopiesAreDeleted() throws IOException {
        validate(Map.of("files", List.of(Map.of("path", "national/ogi/notes.yaml", "content", "a: 1")), "runCases", false));
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> left = tmp.filter(p -> p.getFileName().toString().startsWith("zwgk-validate-")).toList();
            assertEquals(List.of(), left);
        }
    }
}
