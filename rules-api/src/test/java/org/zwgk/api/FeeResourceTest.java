package org.zwgk.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class FeeResourceTest {

    @BeforeAll
    static void parsers() {
        Bodies.init();
    }

    @Test
    void fortyFiveRequestsInAMonthCost5500() {
        given().get("/api/v1/fees?requests=45")
                .then().statusCode(200).contentType("application/json")
                .body("currency", equalTo("CNY"))
                .body("document", containsString("国办函〔2020〕109号"))
                .body("perRequest.quantity", equalTo(45))
                .body("perRequest.fee", equalTo(5500))
                .body("perRequest.standard", equalTo("按件计收"))
                .body("perRequest.clause", equalTo("第四条"))
                .body("byQuantity", nullValue());
    }

    @Test
    void aHundredAndFiftyPagesCost1700() {
        given().get("/api/v1/fees?pages=150")
                .then().statusCode(200)
                .body("byQuantity.quantity", equalTo(150))
                .body("byQuantity.fee", equalTo(1700))
                .body("byQuantity.standard", equalTo("按量计收"))
                .body("byQuantity.clause", equalTo("第五条"))
                .body("perRequest", nullValue());
    }

    @Test
    void bothStandardsAtOnceAndTheFreeBands() {
        given().get("/api/v1/fees?requests=10&pages=30")
                .then().statusCode(200)
                .body("perRequest.fee", equalTo(0))
                .body("byQuantity.fee", equalTo(0));
        given().get("/api/v1/fees?requests=31&pages=250")
                .then().statusCode(200)
                .body("perRequest.fee", equalTo(2200))
                .body("byQuantity.fee", equalTo(4700));
    }

    @Test
    void neitherQuantityIsAMissingField() {
        given().get("/api/v1/fees")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("missing_field"))
                .body("errors.field", equalTo(java.util.List.of("requests", "pages")));
    }

    @Test
    void aQuantityMustBeAWholeNumberNotNegative() {
        given().get("/api/v1/fees?requests=many")
                .then().statusCode(400).body("code", equalTo("invalid_field")).body("errors[0].field", equalTo("requests"));
        given().get("/api/v1/fees?pages=-3")
                .then().statusCode(400).body("code", equalTo("invalid_field")).body("errors[0].field", equalTo("pages"));
        given().get("/api/v1/fees?pages=1.5")
                .then().statusCode(400).body("code", equalTo("invalid_field"));
    }
}
