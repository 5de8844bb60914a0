package org.zwgk.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zwgk.api.error.ApiException;
import org.zwgk.api.model.EvaluationRequest;

import java.time.LocalDate;
import java.util.List;

/**
 * The floor of the HTTP load test (scripts/bench-http.sh): reads an evaluation body exactly as
 * {@code POST /api/v1/evaluations} does (same JSON mapping into the fact model) and answers without evaluating, so the
 * load test can tell what the HTTP stack and JSON cost from what the rules cost. Off unless
 * {@code zwgk.bench.floor-endpoint=true}; otherwise 404. Not part of the API description.
 */
@Path("/api/v1/bench/parse")
public class BenchParseResource {
    @ConfigProperty(name = "zwgk.bench.floor-endpoint", defaultValue = "false")
    boolean enabled;

    /** What the floor answers: the date and how many facts were read. */
    public record Parsed(LocalDate asOf, int facts) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Parsed parse(EvaluationRequest body) {
        if (!enabled) {
            throw new ApiException(404, "not_found", "Not Found",
                    "the parse-only benchmark endpoint is off (zwgk.bench.floor-endpoint=true turns it on)", List.of());
        }
        if (body == null || body.facts() == null) {
            throw ApiException.missing("facts");
        }
        return new Parsed(body.asOf(), body.facts().size());
    }
}
