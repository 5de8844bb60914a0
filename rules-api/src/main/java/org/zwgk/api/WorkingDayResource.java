package org.zwgk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.Examples;
import org.zwgk.api.model.WorkingDays;
import org.zwgk.api.service.Inputs;
import org.zwgk.api.service.RulebookService;
import org.zwgk.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

/** The working-day calendar (工作日: Monday–Friday, minus public holidays, plus 调休上班 days). */
@Path("/api/v1/working-days")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "working days", description = "The State Council holiday calendar the rules count with; the year after the "
        + "last notice is counted provisionally from the statutory holidays and answers through it list it in provisionalYears")
@APIResponse(responseCode = "400", description = "A missing or impossible date, or a bad number of days",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "A date in a year the calendar does not cover (the year is named)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "2031", value = Examples.PROBLEM_CALENDAR)))
public class WorkingDayResource {
    @Inject
    RulebookService rules;

    @GET
    @Path("/add")
    @Operation(summary = "Add working days", description = "The end of the days-th working day after date; date itself is not "
            + "counted (期间开始的日不计算在期间内).")
    @APIResponse(responseCode = "200", description = "The resulting date", content = @Content(schema = @Schema(implementation = WorkingDays.Addition.class),
            examples = @ExampleObject(name = "20 working days across 春节", value = "{\"date\": \"2024-02-05\", \"days\": 20, \"result\": \"2024-03-08\", \"provisionalYears\": []}")))
    public WorkingDays.Addition add(@Parameter(description = "Start date (ISO)", example = "2024-02-05", required = true) @QueryParam("date") String date,
                                    @Parameter(description = "Working days to add (0 or more)", example = "20", required = true) @QueryParam("days") String days) {
        WorkingDayCalendar cal = rules.rulebook().calendar();
        LocalDate start = Inputs.covered("date", Inputs.date("date", date), cal);
        Integer n = Inputs.integer("days", days, 0, 3660);
        if (n == null) {
            throw org.zwgk.api.error.ApiException.missing("days");
        }
        LocalDate result = cal.addWorkingDays(start, n);
        return new WorkingDays.Addition(start, n, result, List.copyOf(cal.provisionalYearsBetween(start, result)));
    }

    @GET
    @Path("/between")
    @Operation(summary = "Count working days", description = "Working days d with from < d <= to; negative when to is before from.")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(schema = @Schema(implementation = WorkingDays.Count.class),
            examples = @ExampleObject(name = "20", value = "{\"from\": \"2024-02-05\", \"to\": \"2024-03-08\", \"workingDays\": 20, \"provisionalYears\": []}")))
    public WorkingDays.Count between(@Parameter(description = "From (not counted)", example = "2024-02-05", required = true) @QueryParam("from") String from,
                                     @Parameter(description = "To (counted)", example = "2024-03-08", required = true) @QueryParam("to") String to) {
        WorkingDayCalendar cal = rules.rulebook().calendar();
        LocalDate a = Inputs.covered("from", Inputs.date("from", from), cal);
        LocalDate b = Inputs.covered("to", Inputs.date("to", to), cal);
        return new WorkingDays.Count(a, b, cal.workingDaysBetween(a, b), List.copyOf(cal.provisionalYearsBetween(a, b)));
    }

    @GET
    @Path("/{date}")
    @Operation(summary = "Is this a working day?", description = "Holidays are not; adjusted working days (调休上班) are, even on a weekend.")
    @APIResponse(responseCode = "200", description = "The answer", content = @Content(schema = @Schema(implementation = WorkingDays.Check.class),
            examples = @ExampleObject(name = "调休上班 Sunday", value = "{\"date\": \"2024-02-04\", \"workingDay\": true, \"provisionalYears\": []}")))
    public WorkingDays.Check check(@Parameter(description = "The date (ISO)", example = "2024-02-04") @PathParam("date") String date) {
        WorkingDayCalendar cal = rules.rulebook().calendar();
        LocalDate d = Inputs.covered("date", Inputs.date("date", date), cal);
        return new WorkingDays.Check(d, cal.isWorkingDay(d), List.copyOf(cal.provisionalYearsBetween(d, d)));
    }
}
