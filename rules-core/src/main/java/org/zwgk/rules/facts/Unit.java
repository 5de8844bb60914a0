package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * A body bound by disclosure duties. Its division code (GB/T 2260, e.g. {@code 211302}) decides which local
 * plans bind it: those of its own code and of its parents (211302 → 211300 → 210000).
 */
public class Unit implements Subject {
    private String id;
    private String name;
    private String division;
    private UnitKind kind;
    private Boolean inGovernmentBuilding;
    private String contactPerson;

    public Unit() {
    }

    public Unit(String id, String name, String division, UnitKind kind) {
        this.id = id;
        this.name = name;
        this.division = division;
        this.kind = kind;
    }

    @Override
    public String subjectKind() {
        return "unit";
    }

    @Override
    public String getUnit() {
        return id;
    }

    @Override
    public LocalDate referenceDate() {
        return null;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    /** GB/T 2260 six-digit division code of the place the unit belongs to. */
    public String getDivision() { return division; }
    public void setDivision(String division) { this.division = division; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    /** Whether the unit works in the district government building (SHT26-4). */
    public Boolean getInGovernmentBuilding() { return inGovernmentBuilding; }
    public void setInGovernmentBuilding(Boolean inGovernmentBuilding) { this.inGovernmentBuilding = inGovernmentBuilding; }
    /** The staff member designated for disclosure requests and public contact (SHT26-5.3); {@code null} if none. */
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
}
