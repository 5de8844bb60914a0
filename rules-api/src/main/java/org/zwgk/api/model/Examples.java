package org.zwgk.api.model;

/** Example bodies for the OpenAPI document (real values: they are what the default rule set answers). */
public final class Examples {
    private Examples() {
    }

    public static final String FACTS = "{\"units\": [{\"id\": \"u1\", \"name\": \"双塔区某局\", \"division\": \"211302\", \"kind\": \"DEPARTMENT\"}], "
            + "\"requests\": [{\"id\": \"r1\", \"unit\": \"u1\", \"channel\": \"IN_PERSON\", \"submittedOn\": \"2024-02-05\", \"answeredOn\": \"2024-03-11\"}]}";

    public static final String EVALUATION = "{\"asOf\": \"2024-03-20\", \"statuses\": [\"VIOLATION\", \"WARNING\"], \"facts\": " + FACTS + "}";

    public static final String EVALUATION_RESULT = "{\"asOf\": \"2024-03-20\", \"rulesetVersion\": \"3f2a9c0d1e4b\", "
            + "\"rulesetLoadedAt\": \"2026-01-05T08:00:00Z\", \"rulesEvaluated\": 24, \"uncoveredYears\": [], \"provisionalYears\": [], \"findings\": [{"
            + "\"ruleId\": \"OGI-33\", \"ruleName\": \"OGI-33 逾期答复\", \"source\": \"OGI\", "
            + "\"document\": \"《中华人民共和国政府信息公开条例》（国务院令第711号，2019年4月3日修订）\", \"clause\": \"第三十三条第二款\", "
            + "\"subjectKind\": \"request\", \"subjectId\": \"r1\", \"unit\": \"u1\", \"status\": \"VIOLATION\", \"dueDate\": \"2024-03-08\", "
            + "\"message\": \"逾期1个工作日答复\", \"details\": {\"答复日\": \"2024-03-11\"}}]}";

    public static final String BULK = "{\"asOf\": \"2024-03-20\", \"statuses\": [\"VIOLATION\"], \"factSets\": ["
            + "{\"key\": \"双塔区某局\", \"facts\": " + FACTS + "}]}";

    public static final String BULK_RESULT = "{\"asOf\": \"2024-03-20\", \"rulesetVersion\": \"3f2a9c0d1e4b\", "
            + "\"rulesetLoadedAt\": \"2026-01-05T08:00:00Z\", \"evaluated\": 1, \"failed\": 0, \"results\": [{\"index\": 0, "
            + "\"key\": \"双塔区某局\", \"asOf\": \"2024-03-20\", \"rulesEvaluated\": 24, \"uncoveredYears\": [], \"provisionalYears\": [], \"findings\": []}]}";

    public static final String NDJSON = "{\"key\": \"a\", \"asOf\": \"2024-03-20\", \"facts\": " + FACTS + "}\n"
            + "{\"key\": \"b\", \"facts\": {\"units\": [], \"requests\": [{\"id\": \"r1\", \"unit\": \"nowhere\"}]}}\n";

    public static final String NDJSON_RESULT = "{\"line\": 1, \"key\": \"a\", \"asOf\": \"2024-03-20\", \"rulesetVersion\": \"3f2a9c0d1e4b\", "
            + "\"rulesEvaluated\": 24, \"uncoveredYears\": [], \"provisionalYears\": [], \"findings\": []}\n"
            + "{\"line\": 2, \"key\": \"b\", \"error\": {\"type\": \"urn:zwgk:problem:invalid_field\", \"title\": \"Invalid facts\", "
            + "\"status\": 400, \"code\": \"invalid_field\", \"detail\": \"facts.requests[0].unit: no unit with id 'nowhere' in units\", "
            + "\"errors\": [{\"field\": \"facts.requests[0].unit\", \"reason\": \"no unit with id 'nowhere' in units\"}]}}\n";

    public static final String DEADLINE = "{\"asOf\": \"2024-03-20\", \"request\": {\"id\": \"r1\", \"channel\": \"IN_PERSON\", "
            + "\"submittedOn\": \"2024-02-05\", \"answeredOn\": \"2024-03-11\"}}";

    public static final String DEADLINE_RESULT = "{\"requestId\": \"r1\", \"due\": \"2024-03-08\", \"originalDue\": \"2024-03-08\", "
            + "\"receivedOn\": \"2024-02-05\", \"receiptBasis\": \"当面提交之日（第三十一条第一项）\", \"clockStart\": \"2024-02-05\", "
            + "\"startBasis\": \"当面提交之日（第三十一条第一项）\", \"pauses\": [], \"pausedWorkingDays\": 0, \"extensionWorkingDays\": 0, "
            + "\"extensionProblem\": null, \"answeredOn\": \"2024-03-11\", \"workingDaysLeft\": -1, \"state\": \"ANSWERED\", "
            + "\"status\": \"VIOLATION\", \"warningWorkingDays\": 3, \"missing\": null, \"rulesetVersion\": \"3f2a9c0d1e4b\"}";

    public static final String PROBLEM = "{\"type\": \"urn:zwgk:problem:unknown_enum\", \"title\": \"Unknown value\", \"status\": 400, "
            + "\"code\": \"unknown_enum\", \"detail\": \"facts.requests[0].channel: unknown value 'BY_PIGEON'; allowed: IN_PERSON, "
            + "POST_SIGNED, POST_UNSIGNED, ONLINE, FAX\", \"errors\": [{\"field\": \"facts.requests[0].channel\", "
            + "\"reason\": \"unknown value 'BY_PIGEON'; allowed: IN_PERSON, POST_SIGNED, POST_UNSIGNED, ONLINE, FAX\"}]}";

    public static final String PROBLEM_CALENDAR = "{\"type\": \"urn:zwgk:problem:calendar_not_covered\", "
            + "\"title\": \"Calendar does not cover the year\", \"status\": 422, \"code\": \"calendar_not_covered\", "
            + "\"detail\": \"工作日历未收录2031年 (the working-day calendar does not cover 2031; it covers [2021, 2022, 2023, 2024, 2025, 2026])\", "
            + "\"errors\": [{\"field\": \"date\", \"reason\": \"工作日历未收录2031年 (the working-day calendar does not cover 2031; "
            + "it covers [2021, 2022, 2023, 2024, 2025, 2026])\"}]}";

    public static final String PROBLEM_UNKNOWN_RULE = "{\"type\": \"urn:zwgk:problem:unknown_rule\", \"title\": \"Unknown rule\", "
            + "\"status\": 404, \"code\": \"unknown_rule\", \"detail\": \"no duty with id 'OGI-99' in the catalogue\", "
            + "\"errors\": [{\"field\": \"id\", \"reason\": \"unknown rule id 'OGI-99'\"}]}";
}
