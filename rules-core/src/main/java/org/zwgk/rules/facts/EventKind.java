package org.zwgk.rules.facts;

/** An event a duty asks for or attaches to. */
public enum EventKind {
    /** 新闻发布会 */
    PRESS_CONFERENCE,
    /** 5·15政务公开日现场宣传 */
    OPEN_DAY_ONSITE,
    /** 5·15政务公开日新媒体等载体宣传 */
    OPEN_DAY_PUBLICITY,
    /** 政府常务会议 */
    EXECUTIVE_MEETING,
    /** 主要负责同志专题听取政务公开工作汇报 */
    REPORT_HEARD
}
