package org.zwgk.api.error;

import java.util.List;

/** A client's mistake the service detected itself; the mapper turns it into a {@link Problem}. */
public class ApiException extends RuntimeException {
    private final transient Problem problem;

    public ApiException(int status, String code, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.problem = Problem.of(status, code, title, detail, errors);
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
}
