package org.zwgk.rules.facts;

import org.zwgk.rules.report.ReportTables;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An annual report on disclosure work (政府信息公开工作年度报告).
 */
public class AnnualReport implements Subject {
    private String id;
    private String unit;
    private Integer year;
    private Boolean government;
    private LocalDate publishedOn;
    private Set<ReportPart> parts = new LinkedHashSet<>();
    private ReportTables tables;

    public AnnualReport() {
    }

    @Override
    public String subjectKind() {
        return "annual-report";
    }

    @Override
    public LocalDate referenceDate() {
        return year == null ? null : LocalDate.of(year + 1, 1, 1);
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    /** the year reported on */
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    /** a government's report (else a department's) */
    public Boolean getGovernment() { return government; }
    public void setGovernment(Boolean government) { this.government = government; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    /** the parts it contains */
    public Set<ReportPart> getParts() { return parts; }
    public void setParts(Set<ReportPart> parts) { this.parts = parts == null ? new LinkedHashSet<>() : parts; }
    /** The report's statistical tables (parts 二, 三, 四 of 国办公开办函〔2021〕30号), when they are sent to be checked. */
    public ReportTables getTables() { return tables; }
    public void setTables(ReportTables tables) { this.tables = tables; }
}
