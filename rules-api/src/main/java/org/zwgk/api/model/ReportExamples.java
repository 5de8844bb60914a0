package org.zwgk.api.model;

/** Example bodies of the annual-report endpoints for the OpenAPI document (real: what the default rule set answers). */
public final class ReportExamples {
    private ReportExamples() {
    }

    public static final String REPORT_FILL = "{\"year\": 2025, \"facts\": {"
            + "\"units\": [{\"id\": \"xz\", \"name\": \"双塔区某镇人民政府\", \"division\": \"211302\", \"kind\": \"TOWNSHIP\"}], "
            + "\"requests\": [{\"id\": \"R1\", \"unit\": \"xz\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"2024-12-20\", "
            + "\"answeredOn\": \"2025-01-10\", \"applicantKind\": \"NATURAL_PERSON\", \"outcome\": \"DISCLOSED\"}, "
            + "{\"id\": \"R2\", \"unit\": \"xz\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"2025-12-22\", "
            + "\"applicantKind\": \"COMMERCIAL_ENTERPRISE\"}], "
            + "\"proactiveCounts\": [{\"id\": \"xz-2025\", \"unit\": \"xz\", \"year\": 2025, \"normativeDocumentsIssued\": 2, "
            + "\"licensingDecisions\": 12}]}}";

    public static final String REPORT_FILL_RESULT = "TODO";

    public static final String REPORT_CHECK = "{\"facts\": {"
            + "\"units\": [{\"id\": \"xz\", \"name\": \"双塔区某镇人民政府\", \"division\": \"211302\", \"kind\": \"TOWNSHIP\"}], "
            + "\"annualReports\": [{\"id\": \"xz-2025\", \"unit\": \"xz\", \"year\": 2025, \"tables\": {\"requests\": {"
            + "\"NEW\": [3, 1, 0, 0, 0, 0, 4], \"CARRIED_OVER\": [1, 0, 0, 0, 0, 0, 1], \"DISCLOSED\": [2, 0, 0, 0, 0, 0, 2], "
            + "\"PARTLY_DISCLOSED\": [0, 1, 0, 0, 0, 0, 1], \"UNAVAILABLE_NOT_HELD\": [1, 0, 0, 0, 0, 0, 1], "
            + "\"TOTAL\": [3, 1, 0, 0, 0, 0, 5], \"CARRIED_FORWARD\": [1, 0, 0, 0, 0, 0, 1]}}}]}, "
            + "\"statuses\": [\"VIOLATION\", \"INCOMPLETE\"]}";

    public static final String REPORT_CHECK_RESULT = "TODO";

    public static final String PROBLEM_OUTCOME = "TODO";

    public static final String PROBLEM_ROW = "TODO";
}
