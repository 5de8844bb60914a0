package org.zwgk.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length exceeds {@code quarkus.http.limits.max-body-size} with the same problem body
 * as every other error (the HTTP layer would answer 413 with an empty body). Runs just before that check; a chunked
 * body that grows past the limit is stopped by the HTTP layer and mapped in {@link ProblemMappers}.
 */
@ApplicationScoped
public class BodyLimit {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize limit;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    String limitText;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long max = limit.asLongValue();
        // A chunked body that grows past the limit fails the request with 413 once it is being read.
        router.route().order(-3).failureHandler(rc -> {
            if (rc.statusCode() == 413 && !rc.response().ended() && !rc.response().headWritten()) {
                tooLarge(rc);
            } else {
                rc.next();
            }
        });
        router.route().order(-3).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            long n;
            try {
                n = length == null ? -1 : Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n <= max) {
                rc.next();
                return;
            }
            tooLarge(rc);
        });
    }

    private void tooLarge(RoutingContext rc) {
        String body;
        try {
            body = json.writeValueAsString(ProblemMappers.bodyTooLarge(limitText));
        } catch (JsonProcessingException e) {
            body = "{\"status\":413,\"code\":\"body_too_large\"}";
        }
        rc.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE + ";charset=UTF-8")
                .putHeader("Connection", "close")
                .end(body);
    }
}
