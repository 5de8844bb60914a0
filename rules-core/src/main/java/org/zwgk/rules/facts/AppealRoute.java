package org.zwgk.rules.facts;

/** The route of a challenge, as the annual report's part 四 groups its columns (国办公开办函〔2021〕30号). */
public enum AppealRoute {
    /** 行政复议 */
    RECONSIDERATION("行政复议"),
    /** 行政诉讼 — 未经复议直接起诉 */
    LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）"),
    /** 行政诉讼 — 复议后起诉 */
    LITIGATION_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

    private final String label;

    AppealRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
