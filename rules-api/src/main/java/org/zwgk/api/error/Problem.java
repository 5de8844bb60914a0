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
                + "unsupported_media_type, rules_not_loaded, unauthorized, forbidden, no_rules_dir, internal_error; limits: "
                + "too_many_facts, too_many_items, too_many_lines, too_deep, string_too_long, number_too_long; rule_runaway "
                + "(the rule set's fault)", example = "invalid_date")
        String code,
        @Schema(description = "What went wrong in this request", example = "2024-02-30 is not a date")
        String detail,
        @Schema(description = "The fields at fault (empty when the problem is not about a field)")
        List<FieldError> errors,
        @Schema(description = "For a breached limit: its configuration key", example = "zwgk.limits.max-facts")
        String limit,
        @Schema(description = "For a breached limit: its value", example = "50000")
        String max) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String code, String title, String detail, List<FieldError> errors) {
        return new Problem("urn:zwgk:problem:" + code, title, status, code, detail, errors, null, null);
    }

    /** A breached limit, named by its configuration key and value. */
    public static Problem limit(int status, String code, String title, String detail, List<FieldError> errors,
                                String limit, Object max) {
        return new Problem("urn:zwgk:problem:" + code, title, status, code, detail, errors, limit, String.valueOf(max));
    }
}
