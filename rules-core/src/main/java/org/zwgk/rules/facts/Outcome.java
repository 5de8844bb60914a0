package org.zwgk.rules.facts;

/**
 * How a request was concluded, as one line of the annual report's part 三、本年度办理结果 (国办公开办函〔2021〕30号).
 * A request counts under exactly one line; one partly disclosed counts only under （二）部分公开.
 */
public enum Outcome {
    /** （一）予以公开 */
    DISCLOSED("（一）", "予以公开"),
    /** （二）部分公开（区分处理的，只计这一情形，不计其他情形） */
    PARTLY_DISCLOSED("（二）", "部分公开"),
    /** （三）不予公开 1.属于国家秘密 */
    WITHHELD_STATE_SECRET("（三）", "1.属于国家秘密"),
    /** （三）不予公开 2.其他法律行政法规禁止公开 */
    WITHHELD_PROHIBITED_BY_LAW("（三）", "2.其他法律行政法规禁止公开"),
    /** （三）不予公开 3.危及"三安全一稳定" */
    WITHHELD_SECURITY_STABILITY("（三）", "3.危及“三安全一稳定”"),
    /** （三）不予公开 4.保护第三方合法权益 */
    WITHHELD_THIRD_PARTY_RIGHTS("（三）", "4.保护第三方合法权益"),
    /** （三）不予公开 5.属于三类内部事务信息 */
    WITHHELD_INTERNAL_AFFAIRS("（三）", "5.属于三类内部事务信息"),
    /** （三）不予公开 6.属于四类过程性信息 */
    WITHHELD_PROCESS_INFORMATION("（三）", "6.属于四类过程性信息"),
    /** （三）不予公开 7.属于行政执法案卷 */
    WITHHELD_ENFORCEMENT_FILE("（三）", "7.属于行政执法案卷"),
    /** （三）不予公开 8.属于行政查询事项 */
    WITHHELD_ADMINISTRATIVE_QUERY("（三）", "8.属于行政查询事项"),
    /** （四）无法提供 1.本机关不掌握相关政府信息 */
    UNAVAILABLE_NOT_HELD("（四）", "1.本机关不掌握相关政府信息"),
    /** （四）无法提供 2.没有现成信息需要另行制作 */
    UNAVAILABLE_NEEDS_CREATION("（四）", "2.没有现成信息需要另行制作"),
    /** （四）无法提供 3.补正后申请内容仍不明确 */
    UNAVAILABLE_STILL_UNCLEAR("（四）", "3.补正后申请内容仍不明确"),
    /** （五）不予处理 1.信访举报投诉类申请 */
    NOT_PROCESSED_PETITION("（五）", "1.信访举报投诉类申请"),
    /** （五）不予处理 2.重复申请 */
    NOT_PROCESSED_REPEATED("（五）", "2.重复申请"),
    /** （五）不予处理 3.要求提供公开出版物 */
    NOT_PROCESSED_PUBLICATION("（五）", "3.要求提供公开出版物"),
    /** （五）不予处理 4.无正当理由大量反复申请 */
    NOT_PROCESSED_MASS_REPEATED("（五）", "4.无正当理由大量反复申请"),
    /** （五）不予处理 5.要求行政机关确认或重新出具已获取信息 */
    NOT_PROCESSED_CONFIRMATION("（五）", "5.要求行政机关确认或重新出具已获取信息"),
    /** （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 */
    OTHER_NOT_CORRECTED("（六）", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    /** （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 */
    OTHER_FEE_UNPAID("（六）", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    /** （六）其他处理 3.其他 */
    OTHER("（六）", "3.其他");

    private final String group;
    private final String label;

    Outcome(String group, String label) {
        this.group = group;
        this.label = label;
    }

    /** The group of the format it belongs to, e.g. （三）. */
    public String group() {
        return group;
    }

    /** The line's label in the format, e.g. 1.属于国家秘密. */
    public String label() {
        return label;
    }
}
