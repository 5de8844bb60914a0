package org.zwgk.api.error;

import org.zwgk.rules.InvalidFactsException;

import java.util.List;

/** A client's mistake the service detected itself; the mapper turns it into a {@link Problem}. */
public class ApiException extends RuntimeException {
    private final transient Problem problem;

    public ApiException(int status, String code, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.problem = Problem.of(status, code, title, detail, errors);
    }

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException missing(String field) {
        return new ApiException(400, "missing_field", "Missing field", field + " is required",
                List.of(new FieldError(field, "is required")));
    }

    public static ApiException invalid(String field, String reason) {
        return new ApiException(400, "invalid_field", "Invalid field", field + ": " + reason,
                List.of(new FieldError(field, reason)));
    }

    public static ApiException invalidDate(String field, String value) {
        String reason = "'" + value + "' is not a date (ISO yyyy-MM-dd, e.g. 2024-02-05)";
        return new ApiException(400, "invalid_date", "Invalid date", field + ": " + reason, List.of(new FieldError(field, reason)));
    }

    public static ApiException calendarNotCovered(String field, int year, List<Integer> covered) {
        String reason = "工作日历未收录" + year + "年 (the working-day calendar does not cover " + year
                + "; it covers " + covered + ")";
        return new ApiException(422, "calendar_not_covered", "Calendar does not cover the year", reason,
                field == null ? List.of() : List.of(new FieldError(field, reason)));
    }

    public static ApiException unknownRule(String id) {
        return new ApiException(404, "unknown_rule", "Unknown rule", "no duty with id '" + id + "' in the catalogue",
                List.of(new FieldError("id", "unknown rule id '" + id + "'")));
    }

    /**
     * The library's problems with a fact set, with each field's path made a path in the request body.
     *
     * @param factsPrefix what precedes the fact set's fields in the body, e.g. {@code facts.} or {@code factSets[2].facts.}
     */
    public static ApiException invalidFacts(InvalidFactsException e, String factsPrefix) {
        String base = factsPrefix.endsWith(".") ? factsPrefix.substring(0, factsPrefix.length() - 1) : factsPrefix;
        String root = base.endsWith("facts") ? base.substring(0, base.length() - "facts".length()) : "";
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError(
                "asOf".equals(p.field()) ? root + "asOf" : "facts".equals(p.field()) ? base : factsPrefix + p.field(),
                p.reason())).toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.reason()).reduce((a, b) -> a + "; " + b).orElse("invalid facts");
        return new ApiException(400, "invalid_field", "Invalid facts", detail, errors);
    }
}
