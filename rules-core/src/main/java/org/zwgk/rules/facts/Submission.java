package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * Something a unit submitted to the disclosure office: a report, material, a list of questions.
 */
public class Submission implements Subject {
    private String id;
    private String unit;
    /** what is submitted, a kind a source.yaml declares under {@code kinds: submissions:} (e.g. ZERO_REPORT) */
    private String kind;
    private LocalDate period;
    private LocalDate submittedOn;
    private Integer count;
    private String event;

    public Submission() {
    }

    @Override
    public String subjectKind() {
        return "submission";
    }

    @Override
    public LocalDate referenceDate() {
        return period != null ? period : submittedOn;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    /** the period it reports on, as the date the report was due for (e.g. 2026-03-10 for the 10th) */
    public LocalDate getPeriod() { return period; }
    public void setPeriod(LocalDate period) { this.period = period; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
    /** how many items (e.g. questions) it holds */
    public Integer getCount() { return count; }
    public void setCount(Integer count) { this.count = count; }
    /** the id of the event it belongs to */
    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
}
