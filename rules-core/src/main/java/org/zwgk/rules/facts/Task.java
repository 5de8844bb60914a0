package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * A dated task a plan sets a unit, and when it was done (e.g. a pilot village built).
 */
public class Task implements Subject {
    private String id;
    private String unit;
    private String duty;
    private LocalDate completedOn;
    private Integer count;

    public Task() {
    }

    @Override
    public String subjectKind() {
        return "task";
    }

    @Override
    public LocalDate referenceDate() {
        return completedOn;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    /** the duty id it fulfils, e.g. YC21-16 */
    public String getDuty() { return duty; }
    public void setDuty(String duty) { this.duty = duty; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public Integer getCount() { return count; }
    public void setCount(Integer count) { this.count = count; }
}
