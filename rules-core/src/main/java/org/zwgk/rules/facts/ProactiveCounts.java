package org.zwgk.rules.facts;

import org.zwgk.rules.report.ProactiveTable;

import java.time.LocalDate;

/**
 * A unit's part 二 counts for one year, as its ledger keeps them (rules and normative documents issued, repealed and in
 * force; licensing, penalty and coercion decisions; fee income in 万元). The annual report's part 二 is filled from it.
 */
public class ProactiveCounts extends ProactiveTable implements Subject {
    private String id;
    private String unit;
    private Integer year;

    @Override
    public String subjectKind() {
        return "proactive-counts";
    }

    @Override
    public LocalDate referenceDate() {
        return year == null ? null : LocalDate.of(year, 12, 31);
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    /** The year counted. */
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
