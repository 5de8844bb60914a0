package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * An event: a press conference, the 5·15 open day, an executive meeting, a report heard.
 */
public class Event implements Subject {
    private String id;
    private String unit;
    /** the kind of event, one a source.yaml declares under {@code kinds: events:} (e.g. PRESS_CONFERENCE) */
    private String kind;
    private LocalDate heldOn;
    private Boolean representativesInvited;
    private LocalDate attendancePublishedOn;

    public Event() {
    }

    @Override
    public String subjectKind() {
        return "event";
    }

    @Override
    public LocalDate referenceDate() {
        return heldOn;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    /** 群众代表等列席 */
    public Boolean getRepresentativesInvited() { return representativesInvited; }
    public void setRepresentativesInvited(Boolean representativesInvited) { this.representativesInvited = representativesInvited; }
    /** 列席和意见采纳情况公开 */
    public LocalDate getAttendancePublishedOn() { return attendancePublishedOn; }
    public void setAttendancePublishedOn(LocalDate attendancePublishedOn) { this.attendancePublishedOn = attendancePublishedOn; }
}
