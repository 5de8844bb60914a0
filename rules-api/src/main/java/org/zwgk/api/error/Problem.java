package org.zwgk.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An error response ({@code application/problem+json}, RFC 9457) with a stable machine-readable {@code code}
 * and, where fields are at fault, their paths.
 */
@Schema(name = "Problem", description = "An error (application/problem+json, RFC 9457) with a stable code and the fields at fault.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI naming the kind of problem", example = "urn:zwgk:problem:invalid_date")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid date")
        String title,
        @Schema(description = "HTTP status", example = "400")
        int status,
        @Schema(description = "Stable code: invalid_json, invalid_field, unknown_field, unknown_enum, invalid_date, missing_field, "
                + "calendar_not_covered, unknown_rule, not_found, method_not_allowed, not_acceptable, body_too_large, "
                + "unsupported_media_type, rules_not_loaded, unauthorized, forbidden, no_rules_dir, internal_error", example = "invalid_date")
        String code,
        @Schema(description = "What went wrong in this request", example = "2024-02-30 is not a date")
        String detail,
        @Schema(description = "The fields at fault (empty when the problem is not about a field)")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String code, String title, String detail, List<FieldError> errors) {
        return new Problem("urn:zwgk:problem:" + code, title, status, code, detail, errors);
    }
}
