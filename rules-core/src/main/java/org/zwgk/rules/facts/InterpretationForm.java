package org.zwgk.rules.facts;

/** The form of a policy interpretation; every form but TEXT counts as diversified (多元化). */
public enum InterpretationForm {
    /** 文字解读 */
    TEXT,
    /** 图解 */
    GRAPHIC,
    /** 视频 */
    VIDEO,
    /** 动画 */
    ANIMATION,
    /** 音频 */
    AUDIO,
    /** 在线访谈 */
    INTERVIEW,
    /** 新闻发布会 */
    PRESS_CONFERENCE,
    /** 专家解读 */
    EXPERT
}
