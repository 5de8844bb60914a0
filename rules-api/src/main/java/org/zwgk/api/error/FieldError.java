package org.zwgk.api.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One problem with one field of the request.
 *
 * @param field  the field's path in the request body or the parameter's name, e.g. {@code facts.requests[0].submittedOn}
 * @param reason why it is wrong
 */
@Schema(name = "FieldError", description = "One problem with one field: its path and the reason.")
public record FieldError(
        @Schema(description = "Path of the field in the body (or the query/path parameter's name)", example = "facts.requests[0].channel")
        String field,
        @Schema(description = "Why it is wrong", example = "unknown value 'BY_PIGEON'; allowed: IN_PERSON, POST_SIGNED, POST_UNSIGNED, ONLINE, FAX")
        String reason) {
}
