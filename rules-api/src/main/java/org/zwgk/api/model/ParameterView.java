package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.Source;

/** A number a source sets. */
@Schema(name = "Parameter", description = "A number a source sets, with the clause that sets it.")
public record ParameterView(
        @Schema(description = "The value (whole number, decimal or true/false)", example = "20") Object value,
        @Schema(description = "The clause that sets it", example = "第三十三条第二款") String clause,
        @Schema(description = "What it measures, with its unit", example = "不能当场答复的，自收到申请之日起答复期限（工作日）") String meaning) {

    public static ParameterView of(Source.Parameter p) {
        return new ParameterView(p.value(), p.clause(), p.meaning());
    }
}
