package org.zwgk.rules.facts;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An item of a unit's proactive-disclosure catalogue (主动公开事项目录).
 */
public class CatalogueItem implements Subject {
    private String id;
    private String unit;
    private String name;
    private Set<CatalogueElement> elements = new LinkedHashSet<>();
    private Boolean contentPublished;
    private LocalDate functionChangedOn;
    private LocalDate lawRevisedOn;
    private LocalDate newRequirementOn;
    private LocalDate updatedOn;

    public CatalogueItem() {
    }

    @Override
    public String subjectKind() {
        return "catalogue-item";
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
    /** the elements the item states */
    public Set<CatalogueElement> getElements() { return elements; }
    public void setElements(Set<CatalogueElement> elements) { this.elements = elements == null ? new LinkedHashSet<>() : elements; }
    /** 有对应的实际公开内容 */
    public Boolean getContentPublished() { return contentPublished; }
    public void setContentPublished(Boolean contentPublished) { this.contentPublished = contentPublished; }
    /** 机构职能调整 */
    public LocalDate getFunctionChangedOn() { return functionChangedOn; }
    public void setFunctionChangedOn(LocalDate functionChangedOn) { this.functionChangedOn = functionChangedOn; }
    /** 法律法规修订（影响本事项的法律法规修订施行之日） */
    public LocalDate getLawRevisedOn() { return lawRevisedOn; }
    public void setLawRevisedOn(LocalDate lawRevisedOn) { this.lawRevisedOn = lawRevisedOn; }
    /** 上级有新要求（上级部署新要求之日） */
    public LocalDate getNewRequirementOn() { return newRequirementOn; }
    public void setNewRequirementOn(LocalDate newRequirementOn) { this.newRequirementOn = newRequirementOn; }
    /** 目录更新 */
    public LocalDate getUpdatedOn() { return updatedOn; }
    public void setUpdatedOn(LocalDate updatedOn) { this.updatedOn = updatedOn; }
}
