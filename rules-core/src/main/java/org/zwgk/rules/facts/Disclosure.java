package org.zwgk.rules.facts;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A standing disclosure a plan names: debt information, plans, lists, budgets.
 */
public class Disclosure implements Subject {
    private String id;
    private String unit;
    private DisclosureKind kind;
    private LocalDate publishedOn;
    private LocalDate changedOn;
    private LocalDate updatedOn;
    private Set<String> items = new LinkedHashSet<>();
    private String column;

    public Disclosure() {
    }

    @Override
    public String subjectKind() {
        return "disclosure";
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
    public DisclosureKind getKind() { return kind; }
    public void setKind(DisclosureKind kind) { this.kind = kind; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    /** the underlying information last changed */
    public LocalDate getChangedOn() { return changedOn; }
    public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
    /** the publication last updated */
    public LocalDate getUpdatedOn() { return updatedOn; }
    public void setUpdatedOn(LocalDate updatedOn) { this.updatedOn = updatedOn; }
    /** the items it covers, in the plan's words (e.g. 限额, 余额) */
    public Set<String> getItems() { return items; }
    public void setItems(Set<String> items) { this.items = items == null ? new LinkedHashSet<>() : items; }
    /** the website column it is published in (e.g. 规划信息), or {@code null} if not recorded */
    public String getColumn() { return column; }
    public void setColumn(String column) { this.column = column; }
}
