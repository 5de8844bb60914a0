package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.facts.FactSet;

/** A unit's ledger and the year whose annual-report tables to fill. */
@Schema(name = "AnnualReportFillRequest", description = "A unit's ledger (requests with applicantKind, outcome, appeals; "
        + "proactiveCounts) and the year whose annual-report tables to fill (国办公开办函〔2021〕30号 parts 二, 三, 四).")
public record AnnualReportFillRequest(
        @Schema(description = "The calendar year reported on", example = "2025", required = true)
        Integer year,
        @Schema(description = "The unit's id; may be left out when facts.units holds exactly one unit", example = "sjw")
        String unit,
        @Schema(description = "The ledger: units, requests (with those received in earlier years and still open), proactiveCounts",
                required = true)
        FactSet facts) {
}
