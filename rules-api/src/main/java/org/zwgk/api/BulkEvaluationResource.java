package org.zwgk.api;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.BulkLine;
import org.zwgk.api.model.BulkRequest;
import org.zwgk.api.model.BulkResponse;
import org.zwgk.api.model.BulkResult;
import org.zwgk.api.model.Examples;
import org.zwgk.api.service.BulkService;

import java.io.InputStream;
import java.util.List;

/** Evaluates many fact sets on one date: as one JSON document, or streamed line by line as NDJSON. */
@Path("/api/v1/evaluations/bulk")
@Tag(name = "evaluations")
public class BulkEvaluationResource {
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    BulkService bulk;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate several fact sets",
            description = "One result per fact set, in order. A fact set the rules cannot judge gets its error (fields named "
                    + "from the body's root, e.g. factSets[1].facts.requests[0].unit) and the others are still evaluated.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BulkRequest.class), examples = @ExampleObject(name = "one unit", value = Examples.BULK)))
    @APIResponse(responseCode = "200", description = "One result per fact set", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BulkResponse.class), examples = @ExampleObject(name = "one unit", value = Examples.BULK_RESULT)))
    @APIResponse(responseCode = "400", description = "The document itself is malformed, or asOf or factSets is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkResponse evaluate(BulkRequest body) {
        return bulk.evaluate(body);
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Evaluate a stream of fact sets (NDJSON)",
            description = "Each input line is one JSON object {asOf?, key?, facts, statuses?}; each output line answers the input "
                    + "line of the same number with its findings or its error (a problem naming the field). Blank lines are "
                    + "skipped. The input is read and answered line by line, never held whole.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(implementation = BulkLine.class),
            examples = @ExampleObject(name = "two lines", value = Examples.NDJSON)))
    @APIResponse(responseCode = "200", description = "One line per input line", content = @Content(mediaType = NDJSON,
            schema = @Schema(implementation = BulkResult.class), examples = @ExampleObject(name = "two lines", value = Examples.NDJSON_RESULT)))
    @APIResponse(responseCode = "400", description = "A query parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<BulkResult> stream(InputStream body,
            @Parameter(description = "Evaluation date for lines without asOf", example = "2024-03-20") @QueryParam("asOf") String asOf,
            @Parameter(description = "Statuses to return for lines without statuses", example = "VIOLATION") @QueryParam("statuses") List<String> statuses,
            @Parameter(description = "Source codes whose rules run", example = "OGI") @QueryParam("sources") List<String> sources,
            @Parameter(description = "GB/T 2260 code filter on the findings' units", example = "211302") @QueryParam("jurisdiction") String jurisdiction) {
        return bulk.stream(body, asOf, statuses, sources, jurisdiction);
    }
}
