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
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.DeadlineRequest;
import org.zwgk.api.model.DeadlineResult;
import org.zwgk.api.model.Examples;
import org.zwgk.api.service.DeadlineService;

/** One request's answer deadline, for a case-handling system. */
@Path("/api/v1/deadlines")
@Tag(name = "deadlines", description = "The answer clock of a request for disclosure (OGI-30/31/32/33/34, FEE)")
public class DeadlineResource {
    @Inject
    DeadlineService deadlines;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compute a request's answer deadline",
            description = "Date of receipt by channel, restart on correction, pauses for consultation and fee payment (each "
                    + "bounded by its limit), a valid extension; then the due date, the working days left on asOf and the status "
                    + "OGI-33 gives. A date in a year the calendar lacks gives status INCOMPLETE with missing naming the year.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeadlineRequest.class),
            examples = @ExampleObject(name = "answered one working day late", value = Examples.DEADLINE)))
    @APIResponse(responseCode = "200", description = "The deadline", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeadlineResult.class),
            examples = @ExampleObject(name = "answered one working day late", value = Examples.DEADLINE_RESULT)))
    @APIResponse(responseCode = "400", description = "Malformed body, unknown field or value, impossible date, missing asOf or request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown channel", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "422", description = "asOf lies in a year the calendar does not cover",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "calendar", value = Examples.PROBLEM_CALENDAR)))
    public DeadlineResult compute(DeadlineRequest body) {
        return deadlines.compute(body);
    }
}
