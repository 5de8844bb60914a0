package org.zwgk.rules.report;

import java.util.List;

/**
 * Part 四 of the annual report (政府信息公开行政复议、行政诉讼情况): fifteen counts in three groups of five —
 * 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 — for 行政复议, 行政诉讼未经复议直接起诉, and 行政诉讼复议后起诉.
 * A group left out reads as five zeros.
 */
public class ReviewTable {
    /** The five columns of each group, in the format's order. */
    public static final List<String> COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private List<Integer> reconsideration;
    private List<Integer> directLitigation;
    private List<Integer> litigationAfterReconsideration;

    public ReviewTable() {
    }

    public ReviewTable(List<Integer> reconsideration, List<Integer> directLitigation, List<Integer> litigationAfterReconsideration) {
        this.reconsideration = reconsideration;
        this.directLitigation = directLitigation;
        this.litigationAfterReconsideration = litigationAfterReconsideration;
    }

    /** 行政复议: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
    public List<Integer> getReconsideration() { return reconsideration; }
    public void setReconsideration(List<Integer> v) { this.reconsideration = v; }
    /** 行政诉讼 未经复议直接起诉: the same five. */
    public List<Integer> getDirectLitigation() { return directLitigation; }
    public void setDirectLitigation(List<Integer> v) { this.directLitigation = v; }
    /** 行政诉讼 复议后起诉: the same five. */
    public List<Integer> getLitigationAfterReconsideration() { return litigationAfterReconsideration; }
    public void setLitigationAfterReconsideration(List<Integer> v) { this.litigationAfterReconsideration = v; }
}
