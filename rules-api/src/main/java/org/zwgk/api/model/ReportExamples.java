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

    public static final String REPORT_FILL_RESULT = "{\"unit\":\"xz\",\"year\":2025,\"complete\":true,\"tables\":{\"proactive\":{\"normativeDocumentsIssued\":2,\"licens"
            + "ingDecisions\":12},\"requests\":{\"NEW\":[0,1,0,0,0,0,1],\"CARRIED_OVER\":[1,0,0,0,0,0,1],\"DISCLOSED\":[1,0,"
            + "0,0,0,0,1],\"PARTLY_DISCLOSED\":[0,0,0,0,0,0,0],\"WITHHELD_STATE_SECRET\":[0,0,0,0,0,0,0],\"WITHHELD_PROH"
            + "IBITED_BY_LAW\":[0,0,0,0,0,0,0],\"WITHHELD_SECURITY_STABILITY\":[0,0,0,0,0,0,0],\"WITHHELD_THIRD_PARTY_R"
            + "IGHTS\":[0,0,0,0,0,0,0],\"WITHHELD_INTERNAL_AFFAIRS\":[0,0,0,0,0,0,0],\"WITHHELD_PROCESS_INFORMATION\":[0"
            + ",0,0,0,0,0,0],\"WITHHELD_ENFORCEMENT_FILE\":[0,0,0,0,0,0,0],\"WITHHELD_ADMINISTRATIVE_QUERY\":[0,0,0,0,0"
            + ",0,0],\"UNAVAILABLE_NOT_HELD\":[0,0,0,0,0,0,0],\"UNAVAILABLE_NEEDS_CREATION\":[0,0,0,0,0,0,0],\"UNAVAILAB"
            + "LE_STILL_UNCLEAR\":[0,0,0,0,0,0,0],\"NOT_PROCESSED_PETITION\":[0,0,0,0,0,0,0],\"NOT_PROCESSED_REPEATED\":"
            + "[0,0,0,0,0,0,0],\"NOT_PROCESSED_PUBLICATION\":[0,0,0,0,0,0,0],\"NOT_PROCESSED_MASS_REPEATED\":[0,0,0,0,0"
            + ",0,0],\"NOT_PROCESSED_CONFIRMATION\":[0,0,0,0,0,0,0],\"OTHER_NOT_CORRECTED\":[0,0,0,0,0,0,0],\"OTHER_FEE_"
            + "UNPAID\":[0,0,0,0,0,0,0],\"OTHER\":[0,0,0,0,0,0,0],\"TOTAL\":[1,0,0,0,0,0,1],\"CARRIED_FORWARD\":[0,1,0,0,0"
            + ",0,1]},\"reviews\":{\"reconsideration\":[0,0,0,0,0],\"directLitigation\":[0,0,0,0,0],\"litigationAfterRecon"
            + "sideration\":[0,0,0,0,0]}},\"cells\":[{\"part\":\"三\",\"row\":\"一、本年新收政府信息公开申请数量\",\"column\":\"商业企业\",\"value\":1,\"i"
            + "ds\":[\"R2\"]},{\"part\":\"三\",\"row\":\"一、本年新收政府信息公开申请数量\",\"column\":\"总计\",\"value\":1,\"ids\":[\"R2\"]},{\"part\":\"三\",\""
            + "row\":\"二、上年结转政府信息公开申请数量\",\"column\":\"自然人\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\"三\",\"row\":\"二、上年结转政府信息公开申请数量\","
            + "\"column\":\"总计\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\"三\",\"row\":\"三、本年度办理结果（一）予以公开\",\"column\":\"自然人\",\"value\":1,"
            + "\"ids\":[\"R1\"]},{\"part\":\"三\",\"row\":\"三、本年度办理结果（一）予以公开\",\"column\":\"总计\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\"三\""
            + ",\"row\":\"三、本年度办理结果（七）总计\",\"column\":\"自然人\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\"三\",\"row\":\"三、本年度办理结果（七）总计\",\"c"
            + "olumn\":\"总计\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\"三\",\"row\":\"四、结转下年度继续办理\",\"column\":\"商业企业\",\"value\":1,\"ids\":"
            + "[\"R2\"]},{\"part\":\"三\",\"row\":\"四、结转下年度继续办理\",\"column\":\"总计\",\"value\":1,\"ids\":[\"R2\"]}],\"gaps\":[]}";

    public static final String REPORT_CHECK = "{\"facts\": {"
            + "\"units\": [{\"id\": \"xz\", \"name\": \"双塔区某镇人民政府\", \"division\": \"211302\", \"kind\": \"TOWNSHIP\"}], "
            + "\"annualReports\": [{\"id\": \"xz-2025\", \"unit\": \"xz\", \"year\": 2025, \"tables\": {\"requests\": {"
            + "\"NEW\": [3, 1, 0, 0, 0, 0, 4], \"CARRIED_OVER\": [1, 0, 0, 0, 0, 0, 1], \"DISCLOSED\": [2, 0, 0, 0, 0, 0, 2], "
            + "\"PARTLY_DISCLOSED\": [0, 1, 0, 0, 0, 0, 1], \"UNAVAILABLE_NOT_HELD\": [1, 0, 0, 0, 0, 0, 1], "
            + "\"TOTAL\": [3, 1, 0, 0, 0, 0, 5], \"CARRIED_FORWARD\": [1, 0, 0, 0, 0, 0, 1]}}}]}, "
            + "\"statuses\": [\"VIOLATION\", \"INCOMPLETE\"]}";

    public static final String REPORT_CHECK_RESULT = "{\"asOf\":\"2026-01-01\",\"rulesetVersion\":\"e30360812724\",\"rulesetLoadedAt\":\"2026-11-30T14:18:48.82197666"
            + "3Z\",\"rulesEvaluated\":14,\"uncoveredYears\":[],\"findings\":[{\"ruleId\":\"RPT-1\",\"ruleName\":\"RPT-1 一加二不等于三加"
            + "四\",\"source\":\"RPT\",\"document\":\"《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）\",\"clause\":\"三、收到和处理政府信息公开申请情况（"
            + "表格勾稽关系）\",\"subjectKind\":\"annual-report\",\"subjectId\":\"xz-2025\",\"unit\":\"xz\",\"status\":\"VIOLATION\",\"dueDa"
            + "te\":null,\"message\":\"总计列不符合勾稽关系：一＋二＝5，三（七）＋四＝6（一、本年新收4＋二、上年结转1；三（七）总计5＋四、结转下年度1）\",\"details\":{\"行\":\"一＋二"
            + "；三（七）＋四\",\"列\":\"总计\",\"一＋二\":\"5\",\"三（七）＋四\":\"6\"}},{\"ruleId\":\"RPT-2\",\"ruleName\":\"RPT-2 总计不等于各项办理结果之和\",\"sourc"
            + "e\":\"RPT\",\"document\":\"《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）\",\"clause\":\"三、收到和处理政府信息公开申请情况 第三项（七）总计\""
            + ",\"subjectKind\":\"annual-report\",\"subjectId\":\"xz-2025\",\"unit\":\"xz\",\"status\":\"VIOLATION\",\"dueDate\":null"
            + ",\"message\":\"三、本年度办理结果（七）总计（总计）填报5，应为4（（一）至（六）各项之和）\",\"details\":{\"行\":\"三、本年度办理结果（七）总计\",\"列\":\"总计\",\"填报数\":\""
            + "5\",\"应为\":\"4\"}},{\"ruleId\":\"RPT-4\",\"ruleName\":\"RPT-4 总计栏不等于六列之和\",\"source\":\"RPT\",\"document\":\"《中华人民共和国政府信"
            + "息公开工作年度报告格式》（国办公开办函〔2021〕30号）\",\"clause\":\"三、收到和处理政府信息公开申请情况 申请人情况 总计栏\",\"subjectKind\":\"annual-report\","
            + "\"subjectId\":\"xz-2025\",\"unit\":\"xz\",\"status\":\"VIOLATION\",\"dueDate\":null,\"message\":\"三、本年度办理结果（七）总计（总计）填"
            + "报5，应为4（自然人及法人或其他组织五列之和）\",\"details\":{\"行\":\"三、本年度办理结果（七）总计\",\"列\":\"总计\",\"填报数\":\"5\",\"应为\":\"4\"}}]}";

    public static final String PROBLEM_OUTCOME = "{\"type\":\"urn:zwgk:problem:unknown_enum\",\"title\":\"Unknown value\",\"status\":400,\"code\":\"unknown_enum\",\""
            + "detail\":\"facts.requests[0].outcome: unknown value 'APPROVED'; allowed: DISCLOSED, PARTLY_DISCLOSED, "
            + "WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW, WITHHELD_SECURITY_STABILITY, WITHHELD_THIRD_PARTY"
            + "_RIGHTS, WITHHELD_INTERNAL_AFFAIRS, WITHHELD_PROCESS_INFORMATION, WITHHELD_ENFORCEMENT_FILE, WITHHEL"
            + "D_ADMINISTRATIVE_QUERY, UNAVAILABLE_NOT_HELD, UNAVAILABLE_NEEDS_CREATION, UNAVAILABLE_STILL_UNCLEAR,"
            + " NOT_PROCESSED_PETITION, NOT_PROCESSED_REPEATED, NOT_PROCESSED_PUBLICATION, NOT_PROCESSED_MASS_REPEA"
            + "TED, NOT_PROCESSED_CONFIRMATION, OTHER_NOT_CORRECTED, OTHER_FEE_UNPAID, OTHER\",\"errors\":[{\"field\":\"f"
            + "acts.requests[0].outcome\",\"reason\":\"unknown value 'APPROVED'; allowed: DISCLOSED, PARTLY_DISCLOSED, "
            + "WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW, WITHHELD_SECURITY_STABILITY, WITHHELD_THIRD_PARTY"
            + "_RIGHTS, WITHHELD_INTERNAL_AFFAIRS, WITHHELD_PROCESS_INFORMATION, WITHHELD_ENFORCEMENT_FILE, WITHHEL"
            + "D_ADMINISTRATIVE_QUERY, UNAVAILABLE_NOT_HELD, UNAVAILABLE_NEEDS_CREATION, UNAVAILABLE_STILL_UNCLEAR,"
            + " NOT_PROCESSED_PETITION, NOT_PROCESSED_REPEATED, NOT_PROCESSED_PUBLICATION, NOT_PROCESSED_MASS_REPEA"
            + "TED, NOT_PROCESSED_CONFIRMATION, OTHER_NOT_CORRECTED, OTHER_FEE_UNPAID, OTHER\"}]}";

    public static final String PROBLEM_ROW = "{\"type\":\"urn:zwgk:problem:invalid_field\",\"title\":\"Invalid facts\",\"status\":400,\"code\":\"invalid_field\""
            + ",\"detail\":\"facts.annualReports[0].tables.requests.NEW: must be 7 numbers (自然人、商业企业、科研机构、社会公益组织、法律服务机"
            + "构、其他、总计), was 6\",\"errors\":[{\"field\":\"facts.annualReports[0].tables.requests.NEW\",\"reason\":\"must be 7"
            + " numbers (自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计), was 6\"}]}";
}
