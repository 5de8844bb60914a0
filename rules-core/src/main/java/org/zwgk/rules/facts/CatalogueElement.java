package org.zwgk.rules.facts;

/** The elements a proactive-disclosure catalogue item (主动公开事项目录) must state. */
public enum CatalogueElement {
    /** 信息产生环节 */
    PRODUCTION_STAGE,
    /** 内容要素 */
    CONTENT_ELEMENTS,
    /** 公开属性 */
    PUBLIC_ATTRIBUTE,
    /** 更新周期 */
    UPDATE_CYCLE,
    /** 责任科室 */
    RESPONSIBLE_OFFICE,
    /** 公开主体 */
    DISCLOSING_BODY,
    /** 公开方式 */
    METHOD,
    /** 公开渠道 */
    CHANNEL,
    /** 责任 */
    RESPONSIBILITY
}
