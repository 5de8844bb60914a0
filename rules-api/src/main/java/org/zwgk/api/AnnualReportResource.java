package org.zwgk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.AnnualReportCheckRequest;
import org.zwgk.api.model.AnnualReportFillRequest;
import org.zwgk.api.model.EvaluationResult;
import org.zwgk.api.model.Examples;
import org.zwgk.api.model.ReportExamples;
import org.zwgk.api.service.AnnualReportService;
import org.zwgk.rules.report.FilledReport;

/** The annual report's tables (国办公开办函〔2021〕30号): filled from a ledger, and checked when submitted. */
@Path("/api/v1/annual-reports")
@Tag(name = "annual reports", description = "The statistical tables of the annual report on disclosure work (OGI-50, RPT)")
public class AnnualReportResource {
    @Inject
    AnnualReportService reports;

    @POST
    @Path("/fill")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fill a unit's annual-report tables from its ledger",
            description = "Parts 二, 三 and 四 as the format lays them out, every non-zero cell with the ids of the requests it "
                    + "counts. Receipt dates follow OGI-31 by channel; a request that cannot be placed (no receipt date, "
                    + "applicantKind or outcome, an outcome without answeredOn) is left out and named in gaps, and complete is false.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnnualReportFillRequest.class),
            examples = @ExampleObject(name = "two requests, one carried over", value = ReportExamples.REPORT_FILL)))
    @APIResponse(responseCode = "200", description = "The filled tables", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FilledReport.class),
            examples = @ExampleObject(name = "two requests, one carried over", value = ReportExamples.REPORT_FILL_RESULT)))
    @APIResponse(responseCode = "400", description = "Malformed body, unknown field or value (e.g. an applicantKind or outcome "
            + "not in the format), missing year or facts, unknown unit, or facts that contradict themselves (fields named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown outcome", value = ReportExamples.PROBLEM_OUTCOME)))
    public FilledReport fill(AnnualReportFillRequest body) {
        return reports.fill(body);
    }

    @POST
    @Path("/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check submitted annual-report tables",
            description = "Runs the rules of source RPT on every report in facts.annualReports that carries tables: each "
                    + "column's 一＋二＝三（七）＋四, （七） and group subtotals against their lines, 总计 against the six columns, "
                    + "part 四 totals; against last year's report of the same unit when given (上年结转, 现行有效); against the "
                    + "ledger when facts carries requests or proactiveCounts. Each breach names the row, the column, both numbers "
                    + "and the clause.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnnualReportCheckRequest.class),
            examples = @ExampleObject(name = "总计 column off by one", value = ReportExamples.REPORT_CHECK)))
    @APIResponse(responseCode = "200", description = "The findings of the RPT rules", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationResult.class),
            examples = @ExampleObject(name = "总计 column off by one", value = ReportExamples.REPORT_CHECK_RESULT)))
    @APIResponse(responseCode = "400", description = "Malformed body, unknown field or row, a row that is not seven whole "
            + "non-negative numbers, no report with tables (fields named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "row of six numbers", value = ReportExamples.PROBLEM_ROW)))
    @APIResponse(responseCode = "422", description = "asOf lies in a year the working-day calendar does not cover",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "calendar", value = Examples.PROBLEM_CALENDAR)))
    public EvaluationResult check(AnnualReportCheckRequest body) {
        return reports.check(body);
    }
}
