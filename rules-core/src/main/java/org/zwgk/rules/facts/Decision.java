package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * A major administrative decision (重大行政决策) and its public participation.
 */
public class Decision implements Subject {
    private String id;
    private String unit;
    private String title;
    private LocalDate decidedOn;
    private LocalDate consultationOpenedOn;
    private LocalDate consultationClosedOn;
    private LocalDate adoptionPublishedOn;
    private Boolean concentratedOpinionsRejected;
    private Boolean rejectionReasonsPublished;
    private LocalDate processInfoSubmittedOn;

    public Decision() {
    }

    @Override
    public String subjectKind() {
        return "decision";
    }

    @Override
    public LocalDate referenceDate() {
        return decidedOn;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    /** 公开征求意见开始 */
    public LocalDate getConsultationOpenedOn() { return consultationOpenedOn; }
    public void setConsultationOpenedOn(LocalDate consultationOpenedOn) { this.consultationOpenedOn = consultationOpenedOn; }
    /** 公开征求意见结束 */
    public LocalDate getConsultationClosedOn() { return consultationClosedOn; }
    public void setConsultationClosedOn(LocalDate consultationClosedOn) { this.consultationClosedOn = consultationClosedOn; }
    /** 意见收集、采纳情况公开 */
    public LocalDate getAdoptionPublishedOn() { return adoptionPublishedOn; }
    public void setAdoptionPublishedOn(LocalDate adoptionPublishedOn) { this.adoptionPublishedOn = adoptionPublishedOn; }
    /** 有较为集中的意见未被采纳 */
    public Boolean getConcentratedOpinionsRejected() { return concentratedOpinionsRejected; }
    public void setConcentratedOpinionsRejected(Boolean concentratedOpinionsRejected) { this.concentratedOpinionsRejected = concentratedOpinionsRejected; }
    /** 不予采纳原因已公开 */
    public Boolean getRejectionReasonsPublished() { return rejectionReasonsPublished; }
    public void setRejectionReasonsPublished(Boolean rejectionReasonsPublished) { this.rejectionReasonsPublished = rejectionReasonsPublished; }
    /** 过程信息报送区政务公开办 */
    public LocalDate getProcessInfoSubmittedOn() { return processInfoSubmittedOn; }
    public void setProcessInfoSubmittedOn(LocalDate processInfoSubmittedOn) { this.processInfoSubmittedOn = processInfoSubmittedOn; }
}
