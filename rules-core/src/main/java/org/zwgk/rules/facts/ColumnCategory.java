package org.zwgk.rules.facts;

/** What a website column carries; the checklist sets different update limits per category. */
public enum ColumnCategory {
    /** 动态、要闻类 */
    NEWS,
    /** 通知公告类 */
    NOTICE,
    /** 政策文件类 */
    POLICY,
    /** 人事类 */
    PERSONNEL,
    /** 规划计划类 */
    PLANNING,
    /** 专题专栏 */
    SPECIAL_TOPIC,
    /** 政务公开专栏 */
    DISCLOSURE,
    /** 互动交流类 */
    INTERACTION,
    /** 其他 */
    OTHER
}
