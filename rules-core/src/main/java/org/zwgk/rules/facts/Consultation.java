package org.zwgk.rules.facts;

import java.time.LocalDate;

/** A written request for the opinion of a third party or another agency (OGI-32, OGI-34). */
public class Consultation {
    private ConsultedParty party;
    private String name;
    private LocalDate sentOn;
    private LocalDate receivedOn;
    private LocalDate repliedOn;

    public Consultation() {
    }

    public Consultation(ConsultedParty party, LocalDate sentOn, LocalDate receivedOn, LocalDate repliedOn) {
        this.party = party;
        this.sentOn = sentOn;
        this.receivedOn = receivedOn;
        this.repliedOn = repliedOn;
    }

    public ConsultedParty getParty() { return party; }
    public void setParty(ConsultedParty party) { this.party = party; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    /** The day the agency sent the letter; the answer clock stops from the next day. */
    public LocalDate getSentOn() { return sentOn; }
    public void setSentOn(LocalDate sentOn) { this.sentOn = sentOn; }
    /** The day the consulted party received it; its 15 working days count from here (the sending day if unknown). */
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    /** The day the opinion came back; {@code null} while none has. */
    public LocalDate getRepliedOn() { return repliedOn; }
    public void setRepliedOn(LocalDate repliedOn) { this.repliedOn = repliedOn; }
}
