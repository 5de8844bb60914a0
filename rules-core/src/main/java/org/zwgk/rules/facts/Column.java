package org.zwgk.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A column (栏目) of a website, with its update dates.
 */
public class Column implements Subject {
    private String id;
    private String unit;
    private String website;
    private String name;
    private ColumnCategory category;
    private List<LocalDate> updates = new ArrayList<>();
    private Boolean empty;
    private Boolean ended;
    private Boolean online;
    private Integer brokenLinks;
    private Boolean mixedContent;

    public Column() {
    }

    @Override
    public String subjectKind() {
        return "column";
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
    /** The id of its website. */
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ColumnCategory getCategory() { return category; }
    public void setCategory(ColumnCategory category) { this.category = category; }
    /** days it was updated */
    public List<LocalDate> getUpdates() { return updates; }
    public void setUpdates(List<LocalDate> updates) { this.updates = updates == null ? new ArrayList<>() : updates; }
    /** 空白栏目 */
    public Boolean getEmpty() { return empty; }
    public void setEmpty(Boolean empty) { this.empty = empty; }
    /** 专题已结束、不再更新 */
    public Boolean getEnded() { return ended; }
    public void setEnded(Boolean ended) { this.ended = ended; }
    /** still online */
    public Boolean getOnline() { return online; }
    public void setOnline(Boolean online) { this.online = online; }
    /** 错链、断链 found */
    public Integer getBrokenLinks() { return brokenLinks; }
    public void setBrokenLinks(Integer brokenLinks) { this.brokenLinks = brokenLinks; }
    /** 内容混杂 */
    public Boolean getMixedContent() { return mixedContent; }
    public void setMixedContent(Boolean mixedContent) { this.mixedContent = mixedContent; }
}
