package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.facts.Request;

import java.time.LocalDate;

/** One request's dates, to compute its answer deadline. */
@Schema(name = "DeadlineRequest", description = "One request's dates (as the ledger records them) and the evaluation date.")
public record DeadlineRequest(
        @Schema(description = "Evaluation date (ISO)", example = "2024-03-01", required = true) LocalDate asOf,
        @Schema(description = "The request: channel, arrival dates, consultations, extension, fee, answer", required = true)
        Request request) {
}
