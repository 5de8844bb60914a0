package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.Status;
import org.zwgk.rules.facts.FactSet;

import java.time.LocalDate;
import java.util.List;

/** Submitted annual reports (with their tables) to check, with last year's report and the ledger if known. */
@Schema(name = "AnnualReportCheckRequest", description = "Annual reports whose tables to check (facts.annualReports[].tables), "
        + "last year's report of the same unit to check the carry-over and 现行有效 against, and the ledger (requests, "
        + "proactiveCounts) to check each cell against, when given.")
public record AnnualReportCheckRequest(
        @Schema(description = "Evaluation date (ISO); default: 1 January after the latest report year", example = "2026-02-10")
        LocalDate asOf,
        @Schema(description = "units, annualReports with tables; optionally requests and proactiveCounts", required = true)
        FactSet facts,
        @Schema(description = "Statuses to return (default: all, SATISFIED included)", example = "[\"VIOLATION\", \"INCOMPLETE\"]")
        List<Status> statuses) {
}
