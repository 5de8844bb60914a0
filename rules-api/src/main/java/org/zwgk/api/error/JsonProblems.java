package org.zwgk.api.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's reading errors into problems that name the field by its path in the body. */
public final class JsonProblems {
    private JsonProblems() {
    }

    /**
     * @param prefix a path to put before the field's path (e.g. {@code factSets[3]}), or empty
     */
    public static Problem from(JsonProcessingException e, String prefix) {
        if (e instanceof JsonMappingException m) {
            return mapping(m, prefix);
        }
        return Problem.of(400, "invalid_json", "Malformed JSON", "the body is not well-formed JSON: "
                + e.getOriginalMessage() + where(e.getLocation()), List.of());
    }

    private static Problem mapping(JsonMappingException e, String prefix) {
        String field = path(e, prefix);
        if (e instanceof PropertyBindingException u) {
            String known = u.getKnownPropertyIds() == null ? "" : "; known fields: "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            String reason = "unknown field '" + u.getPropertyName() + "'" + known;
            return Problem.of(400, "unknown_field", "Unknown field", field + ": " + reason, List.of(new FieldError(field, reason)));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            String reason = "unknown value '" + f.getValue() + "'; allowed: " + allowed;
            return Problem.of(400, "unknown_enum", "Unknown value", field + ": " + reason, List.of(new FieldError(field, reason)));
        }
        if (e instanceof MismatchedInputException f && f.getTargetType() != null
                && (Temporal.class.isAssignableFrom(f.getTargetType()) || hasCause(e, DateTimeException.class))) {
            String value = e instanceof InvalidFormatException i ? String.valueOf(i.getValue()) : null;
            String reason = (value != null ? "'" + value + "' is not a date" : "not a date")
                    + (f.getTargetType() == LocalDate.class ? " (ISO yyyy-MM-dd, e.g. 2024-02-05)" : "");
            return Problem.of(400, "invalid_date", "Invalid date", field + ": " + reason, List.of(new FieldError(field, reason)));
        }
        if (e instanceof MismatchedInputException && e.getPath().isEmpty() && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("No content to map")) {
            return Problem.of(400, "invalid_json", "Malformed JSON", "the body is empty", List.of());
        }
        String reason = e instanceof ValueInstantiationException v && v.getCause() != null
                ? v.getCause().getMessage() : firstLine(e.getOriginalMessage());
        return Problem.of(400, "invalid_field", "Invalid field", (field.isEmpty() ? "body" : field) + ": " + reason,
                List.of(new FieldError(field.isEmpty() ? "body" : field, reason)));
    }

    /** The path of the field at fault, e.g. {@code facts.requests[0].submittedOn}. */
    public static String path(JsonMappingException e, String prefix) {
        StringBuilder sb = new StringBuilder(prefix == null ? "" : prefix);
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String where(JsonLocation l) {
        return l == null || l.getLineNr() < 0 ? "" : " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid value";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
