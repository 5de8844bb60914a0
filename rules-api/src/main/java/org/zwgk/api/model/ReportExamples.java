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

    public static final String REPORT_FILL_RESULT = "{\"unit\":\"xz\",\"year\":2025,\"complete\":true,\"tables\":{\"proactive\":{\"normativeDocumentsIssu"
            + "ed\":2,\"licensingDecisions\":12},\"requests\":{\"NEW\":[0,1,0,0,0,0,1],\"CARRIED_OVER\":[1,0,0,0,0,"
            + "0,1],\"DISCLOSED\":[1,0,0,0,0,0,1],\"PARTLY_DISCLOSED\":[0,0,0,0,0,0,0],\"WITHHELD_STATE_SECRET\":[0"
            + ",0,0,0,0,0,0],\"WITHHELD_PROHIBITED_BY_LAW\":[0,0,0,0,0,0,0],\"WITHHELD_SECURITY_STABILITY\":[0,0,0,"
            + "0,0,0,0],\"WITHHELD_THIRD_PARTY_RIGHTS\":[0,0,0,0,0,0,0],\"WITHHELD_INTERNAL_AFFAIRS\":[0,0,0,0,0,0,"
            + "0],\"WITHHELD_PROCESS_INFORMATION\":[0,0,0,0,0,0,0],\"WITHHELD_ENFORCEMENT_FILE\":[0,0,0,0,0,0,0],\""
            + "WITHHELD_ADMINISTRATIVE_QUERY\":[0,0,0,0,0,0,0],\"UNAVAILABLE_NOT_HELD\":[0,0,0,0,0,0,0],\"UNAVAILAB"
            + "LE_NEEDS_CREATION\":[0,0,0,0,0,0,0],\"UNAVAILABLE_STILL_UNCLEAR\":[0,0,0,0,0,0,0],\"NOT_PROCESSED_PE"
            + "TITION\":[0,0,0,0,0,0,0],\"NOT_PROCESSED_REPEATED\":[0,0,0,0,0,0,0],\"NOT_PROCESSED_PUBLICATION\":[0"
            + ",0,0,0,0,0,0],\"NOT_PROCESSED_MASS_REPEATED\":[0,0,0,0,0,0,0],\"NOT_PROCESSED_CONFIRMATION\":[0,0,0,"
            + "0,0,0,0],\"OTHER_NOT_CORRECTED\":[0,0,0,0,0,0,0],\"OTHER_FEE_UNPAID\":[0,0,0,0,0,0,0],\"OTHER\":[0,0"
            + ",0,0,0,0,0],\"TOTAL\":[1,0,0,0,0,0,1],\"CARRIED_FORWARD\":[0,1,0,0,0,0,1]},\"reviews\":{\"reconsider"
            + "ation\":[0,0,0,0,0],\"directLitigation\":[0,0,0,0,0],\"litigationAfterReconsideration\":[0,0,0,0,0]}"
            + "},\"cells\":[{\"part\":\"三\",\"row\":\"一、本年新收政府信息公开申请数量\",\"column\":\"商业企业\",\"value\":1,\"ids\":[\"
            + ""R2\"]},{\"part\":\"三\",\"row\":\"一、本年新收政府信息公开申请数量\",\"column\":\"总计\",\"value\":1,\"ids\":[\"R2\"]}"
            + ",{\"part\":\"三\",\"row\":\"二、上年结转政府信息公开申请数量\",\"column\":\"自然人\",\"value\":1,\"ids\":[\"R1\"]},{\"pa"
            + "rt\":\"三\",\"row\":\"二、上年结转政府信息公开申请数量\",\"column\":\"总计\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\""
            + "三\",\"row\":\"三、本年度办理结果（一）予以公开\",\"column\":\"自然人\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\"三\",\""
            + "row\":\"三、本年度办理结果（一）予以公开\",\"column\":\"总计\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\"三\",\"row\":\"
            + ""三、本年度办理结果（七）总计\",\"column\":\"自然人\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\"三\",\"row\":\"三、本年度办理"
            + "结果（七）总计\",\"column\":\"总计\",\"value\":1,\"ids\":[\"R1\"]},{\"part\":\"三\",\"row\":\"四、结转下年度继续办理\",\""
            + "column\":\"商业企业\",\"value\":1,\"ids\":[\"R2\"]},{\"part\":\"三\",\"row\":\"四、结转下年度继续办理\",\"column\":\"
            + ""总计\",\"value\":1,\"ids\":[\"R2\"]}],\"gaps\":[]}";

    public static final String REPORT_CHECK = "{\"facts\": {"
            + "\"units\": [{\"id\": \"xz\", \"name\": \"双塔区某镇人民政府\", \"division\": \"211302\", \"kind\": \"TOWNSHIP\"}], "
            + "\"annualReports\": [{\"id\": \"xz-2025\", \"unit\": \"xz\", \"year\": 2025, \"tables\": {\"requests\": {"
            + "\"NEW\": [3, 1, 0, 0, 0, 0, 4], \"CARRIED_OVER\": [1, 0, 0, 0, 0, 0, 1], \"DISCLOSED\": [2, 0, 0, 0, 0, 0, 2], "
            + "\"PARTLY_DISCLOSED\": [0, 1, 0, 0, 0, 0, 1], \"UNAVAILABLE_NOT_HELD\": [1, 0, 0, 0, 0, 0, 1], "
            + "\"TOTAL\": [3, 1, 0, 0, 0, 0, 5], \"CARRIED_FORWARD\": [1, 0, 0, 0, 0, 0, 1]}}}]}, "
            + "\"statuses\": [\"VIOLATION\", \"INCOMPLETE\"]}";

    public static final String REPORT_CHECK_RESULT = "{\"asOf\":\"2026-01-01\",\"rulesetVersion\":\"e30360812724\",\"rulesetLoadedAt\":\"2026-11-30T14:18:"
            + "48.821976663Z\",\"rulesEvaluated\":14,\"uncoveredYears\":[],\"findings\":[{\"ruleId\":\"RPT-1\",\"ru"
            + "leName\":\"RPT-1 一加二不等于三加四\",\"source\":\"RPT\",\"document\":\"《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕3"
            + "0号）\",\"clause\":\"三、收到和处理政府信息公开申请情况（表格勾稽关系）\",\"subjectKind\":\"annual-report\",\"subjectId\":\"xz-"
            + "2025\",\"unit\":\"xz\",\"status\":\"VIOLATION\",\"dueDate\":null,\"message\":\"总计列不符合勾稽关系：一＋二＝5，三（七）"
            + "＋四＝6（一、本年新收4＋二、上年结转1；三（七）总计5＋四、结转下年度1）\",\"details\":{\"行\":\"一＋二；三（七）＋四\",\"列\":\"总计\",\"一＋二\":\"5\"
            + "",\"三（七）＋四\":\"6\"}},{\"ruleId\":\"RPT-2\",\"ruleName\":\"RPT-2 总计不等于各项办理结果之和\",\"source\":\"RPT\",\"
            + ""document\":\"《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）\",\"clause\":\"三、收到和处理政府信息公开申请情况 第三项（七）总计\",\"
            + ""subjectKind\":\"annual-report\",\"subjectId\":\"xz-2025\",\"unit\":\"xz\",\"status\":\"VIOLATION\","
            + "\"dueDate\":null,\"message\":\"三、本年度办理结果（七）总计（总计）填报5，应为4（（一）至（六）各项之和）\",\"details\":{\"行\":\"三、本年度办理"
            + "结果（七）总计\",\"列\":\"总计\",\"填报数\":\"5\",\"应为\":\"4\"}},{\"ruleId\":\"RPT-4\",\"ruleName\":\"RPT-4 总计栏不等"
            + "于六列之和\",\"source\":\"RPT\",\"document\":\"《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）\",\"clause\":\"三、"
            + "收到和处理政府信息公开申请情况 申请人情况 总计栏\",\"subjectKind\":\"annual-report\",\"subjectId\":\"xz-2025\",\"unit\":\"x"
            + "z\",\"status\":\"VIOLATION\",\"dueDate\":null,\"message\":\"三、本年度办理结果（七）总计（总计）填报5，应为4（自然人及法人或其他组织五列之"
            + "和）\",\"details\":{\"行\":\"三、本年度办理结果（七）总计\",\"列\":\"总计\",\"填报数\":\"5\",\"应为\":\"4\"}}]}";

    public static final String PROBLEM_OUTCOME = "{\"type\":\"urn:zwgk:problem:unknown_enum\",\"title\":\"Unknown value\",\"status\":400,\"code\":\"un"
            + "known_enum\",\"detail\":\"facts.requests[0].outcome: unknown value 'APPROVED'; allowed: DISCLOSED, P"
            + "ARTLY_DISCLOSED, WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW, WITHHELD_SECURITY_STABILITY, WIT"
            + "HHELD_THIRD_PARTY_RIGHTS, WITHHELD_INTERNAL_AFFAIRS, WITHHELD_PROCESS_INFORMATION, WITHHELD_ENFORCEM"
            + "ENT_FILE, WITHHELD_ADMINISTRATIVE_QUERY, UNAVAILABLE_NOT_HELD, UNAVAILABLE_NEEDS_CREATION, UNAVAILAB"
            + "LE_STILL_UNCLEAR, NOT_PROCESSED_PETITION, NOT_PROCESSED_REPEATED, NOT_PROCESSED_PUBLICATION, NOT_PRO"
            + "CESSED_MASS_REPEATED, NOT_PROCESSED_CONFIRMATION, OTHER_NOT_CORRECTED, OTHER_FEE_UNPAID, OTHER\",\"e"
            + "rrors\":[{\"field\":\"facts.requests[0].outcome\",\"reason\":\"unknown value 'APPROVED'; allowed: DI"
            + "SCLOSED, PARTLY_DISCLOSED, WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW, WITHHELD_SECURITY_STAB"
            + "ILITY, WITHHELD_THIRD_PARTY_RIGHTS, WITHHELD_INTERNAL_AFFAIRS, WITHHELD_PROCESS_INFORMATION, WITHHEL"
            + "D_ENFORCEMENT_FILE, WITHHELD_ADMINISTRATIVE_QUERY, UNAVAILABLE_NOT_HELD, UNAVAILABLE_NEEDS_CREATION,"
            + " UNAVAILABLE_STILL_UNCLEAR, NOT_PROCESSED_PETITION, NOT_PROCESSED_REPEATED, NOT_PROCESSED_PUBLICATIO"
            + "N, NOT_PROCESSED_MASS_REPEATED, NOT_PROCESSED_CONFIRMATION, OTHER_NOT_CORRECTED, OTHER_FEE_UNPAID, O"
            + "THER\"}]}";

    public static final String PROBLEM_ROW = "{\"type\":\"urn:zwgk:problem:invalid_field\",\"title\":\"Invalid facts\",\"status\":400,\"code\":\"i"
            + "nvalid_field\",\"detail\":\"facts.annualReports[0].tables.requests.NEW: must be 7 numbers (自然人、商业企业、"
            + "科研机构、社会公益组织、法律服务机构、其他、总计), was 6\",\"errors\":[{\"field\":\"facts.annualReports[0].tables.requests.N"
            + "EW\",\"reason\":\"must be 7 numbers (自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计), was 6\"}]}";
}
