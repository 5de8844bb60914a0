package org.zwgk.api;

import io.restassured.RestAssured;
import io.restassured.parsing.Parser;

/** Request bodies the tests share: one 双塔区 unit and its requests. */
final class Bodies {
    static {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
        RestAssured.registerParser("application/x-ndjson", Parser.TEXT);
    }

    private Bodies() {
    }

    static void init() {
        // loads the static block
    }

    static final String UNIT = "{\"id\": \"u1\", \"name\": \"双塔区某局\", \"division\": \"211302\", \"kind\": \"DEPARTMENT\"}";

    /** A request received in person on {@code submittedOn}, answered on {@code answeredOn} (null: not yet). */
    static String request(String id, String submittedOn, String answeredOn) {
        return "{\"id\": \"" + id + "\", \"unit\": \"u1\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"" + submittedOn + "\""
                + (answeredOn == null ? "" : ", \"answeredOn\": \"" + answeredOn + "\"") + "}";
    }

    static String facts(String... requests) {
        return "{\"units\": [" + UNIT + "], \"requests\": [" + String.join(", ", requests) + "]}";
    }

    static String evaluation(String asOf, String facts) {
        return "{\"asOf\": \"" + asOf + "\", \"facts\": " + facts + "}";
    }
}
