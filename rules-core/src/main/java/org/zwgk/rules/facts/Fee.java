package org.zwgk.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An information-processing fee (信息处理费) charged on a request (OGI-42, 国办函〔2020〕109号).
 * A fee is charged per request (按件) or by quantity (按量), never both.
 */
public class Fee {
    private BigDecimal perRequestAmount;
    private BigDecimal byQuantityAmount;
    private Integer pages;
    private Integer requestsInMonth;
    private LocalDate noticeOn;
    private LocalDate noticeReceivedOn;
    private LocalDate paidOn;

    public Fee() {
    }

    /** Amount charged by the 按件 standard (yuan); {@code null} if that standard was not applied. */
    public BigDecimal getPerRequestAmount() { return perRequestAmount; }
    public void setPerRequestAmount(BigDecimal perRequestAmount) { this.perRequestAmount = perRequestAmount; }
    /** Amount charged by the 按量 standard (yuan); {@code null} if that standard was not applied. */
    public BigDecimal getByQuantityAmount() { return byQuantityAmount; }
    public void setByQuantityAmount(BigDecimal byQuantityAmount) { this.byQuantityAmount = byQuantityAmount; }
    /** Pages provided (按量). */
    public Integer getPages() { return pages; }
    public void setPages(Integer pages) { this.pages = pages; }
    /**
     * This request's rank among the same applicant's requests to the same unit in its calendar month (按件).
     * When absent it is counted from the requests in the fact set.
     */
    public Integer getRequestsInMonth() { return requestsInMonth; }
    public void setRequestsInMonth(Integer requestsInMonth) { this.requestsInMonth = requestsInMonth; }
    /** The day the fee notice was sent. */
    public LocalDate getNoticeOn() { return noticeOn; }
    public void setNoticeOn(LocalDate noticeOn) { this.noticeOn = noticeOn; }
    /** The day the applicant received the notice; the 20 working days to pay count from here. */
    public LocalDate getNoticeReceivedOn() { return noticeReceivedOn; }
    public void setNoticeReceivedOn(LocalDate noticeReceivedOn) { this.noticeReceivedOn = noticeReceivedOn; }
    /** The day the applicant paid; {@code null} while unpaid. */
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
}
