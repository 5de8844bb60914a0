package org.zwgk.rules.internal;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zwgk.rules.facts.Request;

/** Deep copies of requests, so that the library never changes a caller's object. */
public final class RequestCopies {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RequestCopies() {
    }

    public static Request copy(Request r) {
        return MAPPER.convertValue(r, Request.class);
    }
}
