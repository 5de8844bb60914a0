package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The results of one evaluation. */
@Schema(name = "EvaluationResult", description = "The findings of one evaluation and the rule set that produced them.")
public record EvaluationResult(
        @Schema(description = "Evaluation date", example = "2024-03-20") LocalDate asOf,
        @Schema(description = "Content hash of the rule set", example = "3f2a9c0d1e4b") String rulesetVersion,
        @Schema(description = "When the rule set was loaded", example = "2026-01-05T08:00:00Z") Instant rulesetLoadedAt,
        @Schema(description = "Rules that bind the fact set on the date", example = "24") int rulesEvaluated,
        @Schema(description = "Years a rule needed and the working-day calendar lacks (their rules report INCOMPLETE)", example = "[]")
        List<Integer> uncoveredYears,
        @Schema(description = "Years without a State Council notice a rule counted through, from the statutory holidays: "
                + "the findings resting on them carry the detail 暂定 (a breach decided by such a date is INCOMPLETE); "
                + "ask again once the notice is added", example = "[]")
        List<Integer> provisionalYears,
        @Schema(description = "The findings, ordered by rule id, subject and status") List<FindingView> findings) {
}
