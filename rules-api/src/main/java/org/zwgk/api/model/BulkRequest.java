package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.Status;
import org.zwgk.rules.facts.FactSet;

import java.time.LocalDate;
import java.util.List;

/** Several fact sets evaluated on one date. */
@Schema(name = "BulkRequest", description = "Several fact sets (e.g. one per unit) evaluated on one date.")
public record BulkRequest(
        @Schema(description = "Evaluation date for every fact set", example = "2024-03-20", required = true) LocalDate asOf,
        @Schema(description = "Statuses to return (default: all)", example = "[\"VIOLATION\"]") List<Status> statuses,
        @Schema(description = "Source codes whose rules run (default: all)", example = "[\"OGI\"]") List<String> sources,
        @Schema(description = "GB/T 2260 code filter on the findings' units", example = "211302") String jurisdiction,
        @Schema(description = "The fact sets", required = true) List<Item> factSets) {

    /** One fact set with the caller's key for it. */
    @Schema(name = "BulkItem", description = "One fact set and the caller's key for it.")
    public record Item(
            @Schema(description = "Caller's key, echoed in the result", example = "双塔区某局-2024-03") String key,
            @Schema(description = "The units and what they did", required = true) FactSet facts) {
    }
}
