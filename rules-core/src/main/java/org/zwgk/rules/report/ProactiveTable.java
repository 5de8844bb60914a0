package org.zwgk.rules.report;

import java.math.BigDecimal;

/**
 * Part 二 of the annual report (主动公开政府信息情况): the four small tables of 第二十条第（一）（五）（六）（八）项.
 * Every count is optional; a count left out is a blank cell.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public class ProactiveTable {
    private Integer rulesIssued;
    private Integer rulesRepealed;
    private Integer rulesInForce;
    private Integer normativeDocumentsIssued;
    private Integer normativeDocumentsRepealed;
    private Integer normativeDocumentsInForce;
    private Integer licensingDecisions;
    private Integer penaltyDecisions;
    private Integer coercionDecisions;
    private BigDecimal feeIncome;

    /** 第二十条第（一）项 规章 本年制发件数 */
    public Integer getRulesIssued() { return rulesIssued; }
    public void setRulesIssued(Integer v) { this.rulesIssued = v; }
    /** 第二十条第（一）项 规章 本年废止件数 */
    public Integer getRulesRepealed() { return rulesRepealed; }
    public void setRulesRepealed(Integer v) { this.rulesRepealed = v; }
    /** 第二十条第（一）项 规章 现行有效件数 */
    public Integer getRulesInForce() { return rulesInForce; }
    public void setRulesInForce(Integer v) { this.rulesInForce = v; }
    /** 第二十条第（一）项 行政规范性文件 本年制发件数 */
    public Integer getNormativeDocumentsIssued() { return normativeDocumentsIssued; }
    public void setNormativeDocumentsIssued(Integer v) { this.normativeDocumentsIssued = v; }
    /** 第二十条第（一）项 行政规范性文件 本年废止件数 */
    public Integer getNormativeDocumentsRepealed() { return normativeDocumentsRepealed; }
    public void setNormativeDocumentsRepealed(Integer v) { this.normativeDocumentsRepealed = v; }
    /** 第二十条第（一）项 行政规范性文件 现行有效件数 */
    public Integer getNormativeDocumentsInForce() { return normativeDocumentsInForce; }
    public void setNormativeDocumentsInForce(Integer v) { this.normativeDocumentsInForce = v; }
    /** 第二十条第（五）项 行政许可 本年处理决定数量 */
    public Integer getLicensingDecisions() { return licensingDecisions; }
    public void setLicensingDecisions(Integer v) { this.licensingDecisions = v; }
    /** 第二十条第（六）项 行政处罚 本年处理决定数量 */
    public Integer getPenaltyDecisions() { return penaltyDecisions; }
    public void setPenaltyDecisions(Integer v) { this.penaltyDecisions = v; }
    /** 第二十条第（六）项 行政强制 本年处理决定数量 */
    public Integer getCoercionDecisions() { return coercionDecisions; }
    public void setCoercionDecisions(Integer v) { this.coercionDecisions = v; }
    /** 第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元） */
    public BigDecimal getFeeIncome() { return feeIncome; }
    public void setFeeIncome(BigDecimal v) { this.feeIncome = v; }

    /** A copy of the counts alone. */
    public ProactiveTable copyCounts() {
        ProactiveTable t = new ProactiveTable();
        t.rulesIssued = rulesIssued;
        t.rulesRepealed = rulesRepealed;
        t.rulesInForce = rulesInForce;
        t.normativeDocumentsIssued = normativeDocumentsIssued;
        t.normativeDocumentsRepealed = normativeDocumentsRepealed;
        t.normativeDocumentsInForce = normativeDocumentsInForce;
        t.licensingDecisions = licensingDecisions;
        t.penaltyDecisions = penaltyDecisions;
        t.coercionDecisions = coercionDecisions;
        t.feeIncome = feeIncome;
        return t;
    }
}
