package org.zwgk.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The information-processing fee the published bands allow. */
@Schema(name = "FeeQuote", description = "The fee(s) allowed by 国办函〔2020〕109号, in whole yuan, with the standard applied.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeeQuote(
        @Schema(description = "The standard's document", example = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）") String document,
        @Schema(description = "Currency", example = "CNY") String currency,
        @Schema(description = "按件: an applicant's requests in one calendar month") Line perRequest,
        @Schema(description = "按量: the pages of one request") Line byQuantity,
        @Schema(description = "Content hash of the rule set", example = "3f2a9c0d1e4b") String rulesetVersion) {

    @Schema(name = "FeeLine", description = "One standard applied to one quantity.")
    public record Line(
            @Schema(description = "requests (按件) or pages (按量)", example = "45") int quantity,
            @Schema(description = "Allowed fee in yuan", example = "5500") long fee,
            @Schema(description = "The standard", example = "按件计收") String standard,
            @Schema(description = "The clause", example = "第四条") String clause) {
    }
}
