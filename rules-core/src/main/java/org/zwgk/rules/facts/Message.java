package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * A valid message (有效留言) left on a website's consultation channel, and when it was answered (WEBCHK-4b).
 * It belongs to its website; list only messages the inspection counts as valid.
 */
public class Message {
    private String id;
    private LocalDate receivedOn;
    private LocalDate answeredOn;

    public Message() {
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    /** 留言日期 */
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    /** 答复日期; {@code null} while unanswered */
    public LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }
}
