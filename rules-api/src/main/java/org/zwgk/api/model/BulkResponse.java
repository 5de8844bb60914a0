package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The results of a bulk request, one per fact set in order. */
@Schema(name = "BulkResponse", description = "One result per fact set, in the order given.")
public record BulkResponse(
        @Schema(description = "Evaluation date", example = "2024-03-20") LocalDate asOf,
        @Schema(description = "Content hash of the rule set", example = "3f2a9c0d1e4b") String rulesetVersion,
        @Schema(description = "When the rule set was loaded", example = "2026-01-05T08:00:00Z") Instant rulesetLoadedAt,
        @Schema(description = "Fact sets evaluated", example = "2") int evaluated,
        @Schema(description = "Fact sets refused (their result carries the error)", example = "0") int failed,
        @Schema(description = "The results") List<BulkResult> results) {
}
