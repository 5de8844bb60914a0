package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * A service hall or convenience centre, and its disclosure zone (政务公开专区).
 */
public class Place implements Subject {
    private String id;
    private String unit;
    private String name;
    private PlaceKind kind;
    private LocalDate disclosureZoneOn;

    public Place() {
    }

    @Override
    public String subjectKind() {
        return "place";
    }

    @Override
    public LocalDate referenceDate() {
        return null;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PlaceKind getKind() { return kind; }
    public void setKind(PlaceKind kind) { this.kind = kind; }
    /** 专区设立 */
    public LocalDate getDisclosureZoneOn() { return disclosureZoneOn; }
    public void setDisclosureZoneOn(LocalDate disclosureZoneOn) { this.disclosureZoneOn = disclosureZoneOn; }
}
