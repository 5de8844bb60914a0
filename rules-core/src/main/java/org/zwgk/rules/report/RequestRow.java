package org.zwgk.rules.report;

import org.zwgk.rules.facts.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of part 三 (收到和处理政府信息公开申请情况) of the annual report, in the format's order
 * (国办公开办函〔2021〕30号). The four group rows (WITHHELD, UNAVAILABLE, NOT_PROCESSED, OTHER_HANDLING) are not lines of
 * the format: a report that states a group's subtotal is checked against its lines, a filled report leaves them out.
 */
public enum RequestRow {
    NEW("一、本年新收政府信息公开申请数量", null),
    CARRIED_OVER("二、上年结转政府信息公开申请数量", null),
    DISCLOSED("三、本年度办理结果（一）予以公开", Outcome.DISCLOSED),
    PARTLY_DISCLOSED("三、本年度办理结果（二）部分公开", Outcome.PARTLY_DISCLOSED),
    WITHHELD("三（三）不予公开（小计）", null),
    WITHHELD_STATE_SECRET("三（三）不予公开 1.属于国家秘密", Outcome.WITHHELD_STATE_SECRET),
    WITHHELD_PROHIBITED_BY_LAW("三（三）不予公开 2.其他法律行政法规禁止公开", Outcome.WITHHELD_PROHIBITED_BY_LAW),
    WITHHELD_SECURITY_STABILITY("三（三）不予公开 3.危及“三安全一稳定”", Outcome.WITHHELD_SECURITY_STABILITY),
    WITHHELD_THIRD_PARTY_RIGHTS("三（三）不予公开 4.保护第三方合法权益", Outcome.WITHHELD_THIRD_PARTY_RIGHTS),
    WITHHELD_INTERNAL_AFFAIRS("三（三）不予公开 5.属于三类内部事务信息", Outcome.WITHHELD_INTERNAL_AFFAIRS),
    WITHHELD_PROCESS_INFORMATION("三（三）不予公开 6.属于四类过程性信息", Outcome.WITHHELD_PROCESS_INFORMATION),
    WITHHELD_ENFORCEMENT_FILE("三（三）不予公开 7.属于行政执法案卷", Outcome.WITHHELD_ENFORCEMENT_FILE),
    WITHHELD_ADMINISTRATIVE_QUERY("三（三）不予公开 8.属于行政查询事项", Outcome.WITHHELD_ADMINISTRATIVE_QUERY),
    UNAVAILABLE("三（四）无法提供（小计）", null),
    UNAVAILABLE_NOT_HELD("三（四）无法提供 1.本机关不掌握相关政府信息", Outcome.UNAVAILABLE_NOT_HELD),
    UNAVAILABLE_NEEDS_CREATION("三（四）无法提供 2.没有现成信息需要另行制作", Outcome.UNAVAILABLE_NEEDS_CREATION),
    UNAVAILABLE_STILL_UNCLEAR("三（四）无法提供 3.补正后申请内容仍不明确", Outcome.UNAVAILABLE_STILL_UNCLEAR),
    NOT_PROCESSED("三（五）不予处理（小计）", null),
    NOT_PROCESSED_PETITION("三（五）不予处理 1.信访举报投诉类申请", Outcome.NOT_PROCESSED_PETITION),
    NOT_PROCESSED_REPEATED("三（五）不予处理 2.重复申请", Outcome.NOT_PROCESSED_REPEATED),
    NOT_PROCESSED_PUBLICATION("三（五）不予处理 3.要求提供公开出版物", Outcome.NOT_PROCESSED_PUBLICATION),
    NOT_PROCESSED_MASS_REPEATED("三（五）不予处理 4.无正当理由大量反复申请", Outcome.NOT_PROCESSED_MASS_REPEATED),
    NOT_PROCESSED_CONFIRMATION("三（五）不予处理 5.要求行政机关确认或重新出具已获取信息", Outcome.NOT_PROCESSED_CONFIRMATION),
    OTHER_HANDLING("三（六）其他处理（小计）", null),
    OTHER_NOT_CORRECTED("三（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Outcome.OTHER_NOT_CORRECTED),
    OTHER_FEE_UNPAID("三（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Outcome.OTHER_FEE_UNPAID),
    OTHER("三（六）其他处理 3.其他", Outcome.OTHER),
    TOTAL("三、本年度办理结果（七）总计", null),
    CARRIED_FORWARD("四、结转下年度继续办理", null);

    private final String label;
    private final Outcome outcome;

    RequestRow(String label, Outcome outcome) {
        this.label = label;
        this.outcome = outcome;
    }

    /** The row as the format names it. */
    public String label() {
        return label;
    }

    /** The outcome this row counts, for the 21 result lines; else {@code null}. */
    public Outcome outcome() {
        return outcome;
    }

    /** Whether this is a group subtotal, which the format does not print as a line of its own. */
    public boolean isGroup() {
        return this == WITHHELD || this == UNAVAILABLE || this == NOT_PROCESSED || this == OTHER_HANDLING;
    }

    /** The 21 result lines of 三 (（一）…（六）3), in the format's order. */
    public static List<RequestRow> resultLines() {
        List<RequestRow> out = new ArrayList<>();
        for (RequestRow r : values()) {
            if (r.outcome != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The rows the format prints, in order (the group subtotals left out). */
    public static List<RequestRow> formatRows() {
        List<RequestRow> out = new ArrayList<>();
        for (RequestRow r : values()) {
            if (!r.isGroup()) {
                out.add(r);
            }
        }
        return out;
    }

    /** The lines of a group subtotal row; empty for any other row. */
    public List<RequestRow> lines() {
        String prefix = switch (this) {
            case WITHHELD -> "WITHHELD_";
            case UNAVAILABLE -> "UNAVAILABLE_";
            case NOT_PROCESSED -> "NOT_PROCESSED_";
            case OTHER_HANDLING -> "OTHER_";
            default -> null;
        };
        if (prefix == null) {
            return List.of();
        }
        List<RequestRow> out = new ArrayList<>();
        for (RequestRow r : values()) {
            if (r.outcome != null && (r.name().startsWith(prefix) || (this == OTHER_HANDLING && r == OTHER))) {
                out.add(r);
            }
        }
        return out;
    }

    /** The row that counts {@code outcome}. */
    public static RequestRow of(Outcome outcome) {
        return valueOf(outcome.name());
    }
}
