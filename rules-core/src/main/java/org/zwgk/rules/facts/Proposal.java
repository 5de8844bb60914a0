package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * A deputy's suggestion or a CPPCC member's proposal (建议提案) handled by a unit.
 */
public class Proposal implements Subject {
    private String id;
    private String unit;
    private String title;
    private LocalDate handledOn;
    private LocalDate resultPublishedOn;

    public Proposal() {
    }

    @Override
    public String subjectKind() {
        return "proposal";
    }

    @Override
    public LocalDate referenceDate() {
        return handledOn;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    /** 办理完成 */
    public LocalDate getHandledOn() { return handledOn; }
    public void setHandledOn(LocalDate handledOn) { this.handledOn = handledOn; }
    /** 办理结果公开 */
    public LocalDate getResultPublishedOn() { return resultPublishedOn; }
    public void setResultPublishedOn(LocalDate resultPublishedOn) { this.resultPublishedOn = resultPublishedOn; }
}
