package org.zwgk.api.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
    private static volatile int maxNestingDepth = StreamReadConstraints.DEFAULT_MAX_DEPTH;
    private static volatile int maxStringLength = StreamReadConstraints.DEFAULT_MAX_STRING_LEN;

    private JsonProblems() {
    }

    /** The reading limits in force, to name them in problems (set where the object mapper is configured). */
    public static void limits(int nestingDepth, int stringLength) {
        maxNestingDepth = nestingDepth;
        maxStringLength = stringLength;
    }

    /**
     * @param prefix a path to put before the field's path (e.g. {@code factSets[3]}), or empty
     */
    public static Problem from(JsonProcessingException e, String prefix) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException c) {
                return constraint(c, e instanceof JsonMappingException m ? path(m, prefix) : prefix == null ? "" : prefix);
            }
        }
        if (e instanceof JsonMappingException m) {
            return mapping(m, prefix);
        }
        return Problem.of(400, "invalid_json", "Malformed JSON", "the body is not well-formed JSON: "
                + e.getOriginalMessage() + where(e.getLocation()), List.of());
    }

    /** A reading limit breached: 413 naming the limit's key and value, and the field where the body broke it. */
    private static Problem constraint(StreamConstraintsException e, String field) {
        String message = String.valueOf(e.getOriginalMessage());
        String where = field == null || field.isEmpty() ? "" : " (at " + field + ")";
        List<FieldError> errors = field == null || field.isEmpty() ? List.of() : List.of(new FieldError(field, "exceeds the limit"));
        if (message.contains("getMaxNestingDepth")) {
            return Problem.limit(413, "too_deep", "Nested too deeply", "the body nests arrays and objects deeper than "
                    + maxNestingDepth + " levels" + where + " (zwgk.limits.max-nesting-depth)", errors,
                    "zwgk.limits.max-nesting-depth", maxNestingDepth);
        }
        if (message.contains("getMaxStringLength")) {
            return Problem.limit(413, "string_too_long", "String too long", "a string in the body is longer than "
                    + maxStringLength + " characters" + where + " (zwgk.limits.max-string-length)", errors,
                    "zwgk.limits.max-string-length", maxStringLength);
        }
        if (message.contains("getMaxNumberLength")) {
            return Problem.limit(413, "number_too_long", "Number too long", "a number in the body has more than "
                    + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits" + where, errors,
                    "StreamReadConstraints.maxNumberLength", StreamReadConstraints.DEFAULT_MAX_NUM_LEN);
        }
        return Problem.limit(413, "limit_exceeded", "Limit exceeded", "the body exceeds a reading limit" + where, errors,
                "StreamReadConstraints", "");
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
        String reason = e instanceof ValueInstantiationException v && v.getCause() != null ? v.getCause().getMessage()
                : e instanceof MismatchedInputException mi && mi.getTargetType() != null
                ? "expected " + expected(mi.getTargetType()) + ", got " + got(mi)
                : firstLine(e.getOriginalMessage());
        return Problem.of(400, "invalid_field", "Invalid field", (field.isEmpty() ? "body" : field) + ": " + reason,
                List.of(new FieldError(field.isEmpty() ? "body" : field, reason)));
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** The path of the field at fault, e.g. {@code facts.requests[0].submittedOn}. */
    public static String path(JsonMappingException e, String prefix) {
        StringBuilder sb = new StringBuilder(prefix == null ? "" : prefix);
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                String name = r.getFieldName();
                if (IDENTIFIER.matcher(name).matches()) {
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(name);
                } else {
                    // a key that is empty, blank or not a plain name is shown quoted, so the path never ends blank
                    sb.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> t) {
        if (t == String.class) {
            return "a string";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(t) || t == double.class) {
            return "a number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "an array";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.stream(t.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        return "an object";
    }

    private static final java.util.regex.Pattern GOT = java.util.regex.Pattern.compile("(?:from|coerce) (?:an? )?([A-Za-z-]+) value");

    /** What the body had instead, as Jackson's message names it. */
    private static String got(MismatchedInputException e) {
        java.util.regex.Matcher m = GOT.matcher(String.valueOf(e.getOriginalMessage()));
        if (!m.find()) {
            return "a value of another type";
        }
        return switch (m.group(1)) {
            case "String" -> "a string";
            case "Integer" -> "a whole number";
            case "Floating-point", "Float" -> "a fraction";
            case "Boolean" -> "a boolean";
            case "Array" -> "an array";
            case "Object" -> "an object";
            default -> "a value of another type";
        };
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
