package org.zwgk.rules.facts;

/** A standing disclosure a plan names (published and kept up to date). */
public enum DisclosureKind {
    /** 地方政府债务信息 */
    DEBT,
    /** 规划信息 */
    PLANNING,
    /** 市场准入负面清单 */
    NEGATIVE_LIST,
    /** 权责清单 */
    POWER_LIST,
    /** 行政机构信息 */
    AGENCY_INFO,
    /** 预算 */
    BUDGET,
    /** 决算 */
    FINAL_ACCOUNTS,
    /** 其他 */
    OTHER
}
