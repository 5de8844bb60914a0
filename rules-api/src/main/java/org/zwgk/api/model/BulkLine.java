package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.Status;
import org.zwgk.rules.facts.FactSet;

import java.time.LocalDate;
import java.util.List;

/** One line of an NDJSON bulk request. */
@Schema(name = "BulkLine", description = "One line of an application/x-ndjson bulk request.")
public record BulkLine(
        @Schema(description = "Evaluation date (default: the asOf query parameter)", example = "2024-03-20") LocalDate asOf,
        @Schema(description = "Caller's key, echoed in the result line", example = "u1") String key,
        @Schema(description = "The units and what they did", required = true) FactSet facts,
        @Schema(description = "Statuses to return (default: the statuses query parameter, else all)") List<Status> statuses) {
}
