package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CatalogueResourceTest {

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    void ogi33CarriesItsClauseAndItsSourcesNumbers() {
        given().get("/api/v1/catalogue/OGI-33")
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo("OGI-33"))
                .body("kind", equalTo("RULE"))
                .body("source", equalTo("OGI"))
                .body("clause", equalTo("第三十三条"))
                .body("jurisdiction", equalTo("000000"))
                .body("validFrom", equalTo("2019-05-15"))
                .body("rules", hasItem("OGI-33 逾期答复"))
                .body("parameters", hasItems("answer-working-days", "max-extension-working-days"))
                .body("sourceParameters.'answer-working-days'.value", equalTo(20))
                .body("sourceParameters.'answer-working-days'.clause", equalTo("第三十三条第二款"));
    }

    @Test
    void anUnknownIdIsA404Problem() {
        given().get("/api/v1/catalogue/OGI-99")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("unknown_rule"))
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void everyListedDutyCanBeFetchedByItsId() {
        JsonPath all = given().get("/api/v1/catalogue").then().statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("entries.id");
        assertEquals(all.getInt("count"), ids.size());
        assertTrue(ids.contains("OGI-33"));
        for (String id : ids) {
            given().get("/api/v1/catalogue/{id}", id).then().statusCode(200).body("id", equalTo(id));
        }
    }

    @Test
    void filtersByAreaYearAndKind() {
        given().get("/api/v1/catalogue?jurisdiction=211302&year=2026&kind=RULE")
                .then().statusCode(200)
                .body("entries.id", hasItem("OGI-33"))
                .body("entries.kind", everyItem(equalTo("RULE")));
        JsonPath before = given().get("/api/v1/catalogue?year=2018").then().statusCode(200).extract().jsonPath();
        assertFalse(before.getList("entries.id").contains("OGI-33"), "the Regulation binds from 2019-05-15");
        for (Map<String, Object> e : before.<Map<String, Object>>getList("entries")) {
            assertFalse(LocalDate.parse((String) e.get("validFrom")).isAfter(LocalDate.of(2018, 12, 31)), e.toString());
        }
        JsonPath shandong = given().get("/api/v1/catalogue?jurisdiction=370404").then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> e : shandong.<Map<String, Object>>getList("entries")) {
            String area = (String) e.get("jurisdiction");
            assertTrue(area.equals("000000") || area.startsWith("37"), e.toString());
        }
        given().get("/api/v1/catalogue?kind=GUIDANCE")
                .then().statusCode(200).body("entries.kind", everyItem(equalTo("GUIDANCE")))
                .body("entries.id", not(hasItem("OGI-33")));
    }

    @Test
    void badFiltersAreNamed() {
        given().get("/api/v1/catalogue?kind=DUTY")
                .then().statusCode(400).body("code", equalTo("unknown_enum")).body("errors[0].field", equalTo("kind"));
        given().get("/api/v1/catalogue?jurisdiction=21130")
                .then().statusCode(400).body("code", equalTo("invalid_field")).body("errors[0].field", equalTo("jurisdiction"));
        given().get("/api/v1/catalogue?year=twenty")
                .then().statusCode(400).body("code", equalTo("invalid_field")).body("errors[0].field", equalTo("year"));
    }

    @Test
    void theRulesetNamesItsVersionSourcesAndParameters() {
        given().get("/api/v1/ruleset")
                .then().statusCode(200)
                .body("version", matchesPattern("[0-9a-f]{12}"))
                .body("ruleCount", greaterThan(0))
                .body("dutyCount", greaterThan(0))
                .body("calendarYears", hasItems(2024, 2025, 2026))
                .body("sources.code", hasItems("OGI", "FEE"))
                .body("sources.find { it.code == 'OGI' }.parameters.'answer-working-days'.value", equalTo(20))
                .body("sources.find { it.code == 'OGI' }.duties", hasItem("OGI-33"))
                .body("sources.find { it.code == 'FEE' }.parameters.'per-page-scale'.clause", equalTo("第五条"));
    }
}
