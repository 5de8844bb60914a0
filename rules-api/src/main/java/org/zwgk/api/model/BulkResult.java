package org.zwgk.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.api.error.Problem;

import java.time.LocalDate;
import java.util.List;

/** The result of one fact set of a bulk request: its findings, or the problem that stopped it. */
@Schema(name = "BulkResult", description = "One fact set's findings, or its error (a problem naming the field).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkResult(
        @Schema(description = "0-based position in factSets (JSON form)", example = "0") Integer index,
        @Schema(description = "1-based input line (NDJSON form)", example = "1") Integer line,
        @Schema(description = "The caller's key", example = "u1") String key,
        @Schema(description = "Evaluation date", example = "2024-03-20") LocalDate asOf,
        @Schema(description = "Content hash of the rule set (NDJSON form)", example = "3f2a9c0d1e4b") String rulesetVersion,
        @Schema(description = "Rules that bind the fact set on the date", example = "24") Integer rulesEvaluated,
        @Schema(description = "Years the calendar lacks", example = "[]") List<Integer> uncoveredYears,
        @Schema(description = "Years counted provisionally from the statutory holidays (no notice yet)", example = "[]")
        List<Integer> provisionalYears,
        @Schema(description = "The findings") List<FindingView> findings,
        @Schema(description = "Why this fact set was not evaluated") Problem error) {

    public static BulkResult ok(Integer index, Integer line, String key, EvaluationResult r, boolean withVersion) {
        return new BulkResult(index, line, key, r.asOf(), withVersion ? r.rulesetVersion() : null, r.rulesEvaluated(),
                r.uncoveredYears(), r.provisionalYears(), r.findings(), null);
    }

    public static BulkResult failed(Integer index, Integer line, String key, Problem p) {
        return new BulkResult(index, line, key, null, null, null, null, null, null, p);
    }
}
