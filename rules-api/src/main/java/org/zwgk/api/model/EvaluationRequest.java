package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.Status;
import org.zwgk.rules.facts.FactSet;

import java.time.LocalDate;
import java.util.List;

/** One fact set to evaluate on one date. */
@Schema(name = "EvaluationRequest", description = "One fact set (units and requests) to evaluate on one date.")
public record EvaluationRequest(
        @Schema(description = "Evaluation date (ISO); rules never read the clock", example = "2024-03-20", required = true)
        LocalDate asOf,
        @Schema(description = "The units and what they did; property names as in the library's facts", required = true)
        FactSet facts,
        @Schema(description = "Statuses to return (default: all, including SATISFIED)", example = "[\"VIOLATION\", \"WARNING\"]")
        List<Status> statuses,
        @Schema(description = "Source codes whose rules run (default: all)", example = "[\"OGI\"]")
        List<String> sources,
        @Schema(description = "GB/T 2260 code: keep only findings about units in this area (default: all)", example = "211300")
        String jurisdiction) {
}
