package org.zwgk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zwgk.api.error.ApiException;
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.EvaluationRequest;
import org.zwgk.api.model.EvaluationResult;
import org.zwgk.api.model.Examples;
import org.zwgk.api.service.EvaluationService;

/** Evaluates one fact set: every duty that binds its units on the date, with the clause each finding cites. */
@Path("/api/v1/evaluations")
@Tag(name = "evaluations", description = "Judge facts against the rule set")
public class EvaluationResource {
    @Inject
    EvaluationService evaluations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate one fact set",
            description = "Runs every rule that binds the fact set's units on asOf (or only those of the given sources) and "
                    + "returns the findings with the given statuses (default: all, SATISFIED included). jurisdiction keeps only "
                    + "findings about units inside that GB/T 2260 area.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "late answer", value = Examples.EVALUATION)))
    @APIResponse(responseCode = "200", description = "The findings", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationResult.class),
            examples = @ExampleObject(name = "late answer", value = Examples.EVALUATION_RESULT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown field, a wrong type, an unknown enum value, "
            + "an impossible date, a missing asOf or facts, or facts the rules cannot judge (the fields are named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown channel", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "422", description = "asOf lies in a year the working-day calendar does not cover",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "calendar", value = Examples.PROBLEM_CALENDAR)))
    public EvaluationResult evaluate(EvaluationRequest body) {
        if (body == null) {
            throw new ApiException(400, "invalid_json", "Malformed JSON", "the body is empty", java.util.List.of());
        }
        return evaluations.evaluate(evaluations.rulebook(), new EvaluationService.Job(body.asOf(), body.facts(),
                body.statuses(), body.sources(), body.jurisdiction(), "asOf", "facts"), "single");
    }
}
