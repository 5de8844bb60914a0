package org.zwgk.rules.facts;

/** What a document is, as the plans classify documents (a document may be several). */
public enum DocumentKind {
    /** 政策性文件 */
    POLICY,
    /** 行政规范性文件 */
    NORMATIVE,
    /** 重大政策文件 */
    MAJOR_POLICY,
    /** 重要政策文件、需要公众广泛知晓的重要文件 */
    IMPORTANT,
    /** 工作年度报告 */
    ANNUAL_REPORT,
    /** 涉及重大公共利益的政策文件 */
    MAJOR_PUBLIC_INTEREST
}
