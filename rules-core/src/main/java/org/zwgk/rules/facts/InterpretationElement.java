package org.zwgk.rules.facts;

/** The substantive elements an interpretation must explain (HLD24-7b). */
public enum InterpretationElement {
    /** 背景依据 */
    BACKGROUND,
    /** 目标任务 */
    GOALS,
    /** 主要内容 */
    MAIN_CONTENT,
    /** 关键词 */
    KEYWORDS,
    /** 涉及范围 */
    SCOPE,
    /** 执行标准 */
    STANDARDS,
    /** 惠民利企举措 */
    BENEFITS,
    /** 新旧政策差异 */
    CHANGES
}
