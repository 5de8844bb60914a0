package org.zwgk.rules.facts;

/** The parts of an annual disclosure report (OGI-50; CYX21 adds the plan's implementation). */
public enum ReportPart {
    /** 主动公开政府信息的情况 */
    PROACTIVE,
    /** 收到和处理政府信息公开申请的情况 */
    REQUESTS,
    /** 因政府信息公开工作被申请行政复议、提起行政诉讼的情况 */
    REVIEWS_AND_LITIGATION,
    /** 存在的主要问题及改进情况 */
    PROBLEMS_AND_IMPROVEMENTS,
    /** 各级人民政府的政府信息公开工作考核情况 */
    ASSESSMENT,
    /** 社会评议情况 */
    PUBLIC_EVALUATION,
    /** 责任追究结果情况 */
    ACCOUNTABILITY,
    /** 年度工作要点（计划）落实情况 */
    PLAN_IMPLEMENTATION,
    /** 其他需要报告的事项 */
    OTHER
}
