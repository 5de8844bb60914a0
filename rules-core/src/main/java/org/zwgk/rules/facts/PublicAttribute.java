package org.zwgk.rules.facts;

/** A document's public attribute (公开属性), decided at source. */
public enum PublicAttribute {
    /** 主动公开 */
    PROACTIVE,
    /** 依申请公开 */
    ON_REQUEST,
    /** 不予公开 */
    NOT_PUBLIC
}
