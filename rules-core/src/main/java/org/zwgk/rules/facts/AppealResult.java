package org.zwgk.rules.facts;

/** The result of a reconsideration or lawsuit, as part 四 of the annual report counts it; none yet = 尚未审结. */
public enum AppealResult {
    /** 结果维持 */
    UPHELD("结果维持"),
    /** 结果纠正 */
    CORRECTED("结果纠正"),
    /** 其他结果 */
    OTHER("其他结果");

    private final String label;

    AppealResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
