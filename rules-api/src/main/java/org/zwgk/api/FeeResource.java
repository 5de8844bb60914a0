package org.zwgk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.zwgk.api.error.ApiException;
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.FeeQuote;
import org.zwgk.api.service.Inputs;
import org.zwgk.api.service.RulebookService;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.Source;
import org.zwgk.rules.fees.FeeCalculator;

import java.util.List;

/** The information-processing fee (信息处理费) the published bands allow. */
@Path("/api/v1/fees")
@Tag(name = "fees", description = "国办函〔2020〕109号 信息处理费")
public class FeeResource {
    @Inject
    RulebookService rules;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allowed fee", description = "按件: the total for an applicant's requests in one calendar month (第四条); "
            + "按量: the fee for one request of so many pages (第五条). Give either or both; bands come from the FEE source's parameters.")
    @APIResponse(responseCode = "200", description = "The fee(s) in whole yuan", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FeeQuote.class), examples = @ExampleObject(name = "45 requests, 150 pages", value =
            "{\"document\": \"《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）\", \"currency\": \"CNY\", "
                    + "\"perRequest\": {\"quantity\": 45, \"fee\": 5500, \"standard\": \"按件计收\", \"clause\": \"第四条\"}, "
                    + "\"byQuantity\": {\"quantity\": 150, \"fee\": 1700, \"standard\": \"按量计收\", \"clause\": \"第五条\"}, "
                    + "\"rulesetVersion\": \"3f2a9c0d1e4b\"}")))
    @APIResponse(responseCode = "400", description = "Neither requests nor pages, or not a whole number in range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeeQuote fee(
            @Parameter(description = "An applicant's requests to one unit in one calendar month", example = "45") @QueryParam("requests") String requests,
            @Parameter(description = "Pages provided for one request", example = "150") @QueryParam("pages") String pages) {
        Integer n = Inputs.integer("requests", requests, 0, FeeCalculator.MAX_REQUESTS);
        Integer p = Inputs.integer("pages", pages, 0, Integer.MAX_VALUE);
        if (n == null && p == null) {
            throw new ApiException(400, "missing_field", "Missing field", "give requests (按件), pages (按量) or both",
                    List.of(new org.zwgk.api.error.FieldError("requests", "requests or pages is required"),
                            new org.zwgk.api.error.FieldError("pages", "requests or pages is required")));
        }
        Rulebook book = rules.rulebook();
        FeeCalculator fees = book.fees();
        Source fee = book.sources().get("FEE");
        return new FeeQuote(fee == null ? null : fee.document(), "CNY",
                n == null ? null : new FeeQuote.Line(n, fees.perRequestTotal(n), "按件计收", clause(fee, org.zwgk.rules.fees.FeeSchedule.PER_REQUEST)),
                p == null ? null : new FeeQuote.Line(p, fees.byQuantity(p), "按量计收", clause(fee, org.zwgk.rules.fees.FeeSchedule.PER_PAGE)),
                book.version());
    }

    private static String clause(Source fee, String parameter) {
        Source.Parameter p = fee == null ? null : fee.parameters().get(parameter);
        return p == null ? null : p.clause();
    }
}
