package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Answers of the working-day calendar. */
public final class WorkingDays {
    private WorkingDays() {
    }

    @Schema(name = "WorkingDayAddition", description = "The end of the days-th working day after date (date itself not counted).")
    public record Addition(
            @Schema(example = "2024-02-05") LocalDate date,
            @Schema(example = "20") int days,
            @Schema(example = "2024-03-08") LocalDate result,
            @Schema(description = "Years without a State Council notice counted through, from the statutory holidays: "
                    + "the result is provisional (暂定) until the notice is added", example = "[]") List<Integer> provisionalYears) {
    }

    @Schema(name = "WorkingDayCount", description = "Working days d with from < d <= to; negative when to is before from.")
    public record Count(
            @Schema(example = "2024-02-05") LocalDate from,
            @Schema(example = "2024-03-08") LocalDate to,
            @Schema(example = "20") int workingDays,
            @Schema(description = "Years without a State Council notice counted through (the count is provisional)", example = "[]")
            List<Integer> provisionalYears) {
    }

    @Schema(name = "WorkingDayCheck", description = "Whether a date is a working day (调休上班 Saturdays are).")
    public record Check(
            @Schema(example = "2024-02-04") LocalDate date,
            @Schema(example = "true") boolean workingDay,
            @Schema(description = "The date's year if it has no State Council notice yet (the answer is provisional)", example = "[]")
            List<Integer> provisionalYears) {
    }
}
