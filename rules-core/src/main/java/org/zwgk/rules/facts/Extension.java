package org.zwgk.rules.facts;

import java.time.LocalDate;

/** An extension of the answer period (OGI-33): approved by the head of the disclosure office and notified. */
public class Extension {
    private Integer workingDays;
    private String approvedBy;
    private LocalDate approvedOn;
    private LocalDate notifiedOn;

    public Extension() {
    }

    public Extension(Integer workingDays, LocalDate approvedOn, LocalDate notifiedOn) {
        this.workingDays = workingDays;
        this.approvedOn = approvedOn;
        this.notifiedOn = notifiedOn;
    }

    /** How many working days the answer period is extended by (at most 20). */
    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer workingDays) { this.workingDays = workingDays; }
    public String getApprovedBy() { return approvedBy; }
    public void setApprovedBy(String approvedBy) { this.approvedBy = approvedBy; }
    /** The day the head of the disclosure office approved it; {@code null} if never approved. */
    public LocalDate getApprovedOn() { return approvedOn; }
    public void setApprovedOn(LocalDate approvedOn) { this.approvedOn = approvedOn; }
    /** The day the applicant was told; {@code null} if never. */
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public void setNotifiedOn(LocalDate notifiedOn) { this.notifiedOn = notifiedOn; }
}
