package org.zwgk.rules.facts;

/** What a unit submits to the disclosure office. */
public enum SubmissionKind {
    /** 依申请公开情况报告（“零”报告） */
    ZERO_REPORT,
    /** 公共机构联系方式季度报告 */
    CONTACT_REPORT,
    /** 在线访谈素材 */
    INTERVIEW_MATERIAL,
    /** 群众关切问题 */
    HOT_QUESTIONS,
    /** 新闻发布会主持词、发言稿等材料 */
    PRESS_MATERIALS,
    /** 政务公开专栏信息 */
    COLUMN_INFO,
    /** 重大决策过程信息及公众意见采纳情况 */
    DECISION_PROCESS
}
