package org.zwgk.rules.facts;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A policy interpretation (政策解读) of a document.
 */
public class Interpretation implements Subject {
    private String id;
    private String unit;
    private String document;
    private Set<InterpretationForm> forms = new LinkedHashSet<>();
    private LocalDate draftedOn;
    private LocalDate submittedForReviewOn;
    private LocalDate signedOn;
    private LocalDate publishedOn;
    private Set<InterpretationElement> elements = new LinkedHashSet<>();
    private Boolean copiesDocument;
    private Boolean titleOnly;
    private Boolean processingFormFiled;
    private Boolean publishedOnPortal;

    public Interpretation() {
    }

    @Override
    public String subjectKind() {
        return "interpretation";
    }

    @Override
    public LocalDate referenceDate() {
        return draftedOn != null ? draftedOn : (submittedForReviewOn != null ? submittedForReviewOn : publishedOn);
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    /** The id of the document it interprets. */
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public Set<InterpretationForm> getForms() { return forms; }
    public void setForms(Set<InterpretationForm> forms) { this.forms = forms == null ? new LinkedHashSet<>() : forms; }
    public LocalDate getDraftedOn() { return draftedOn; }
    public void setDraftedOn(LocalDate draftedOn) { this.draftedOn = draftedOn; }
    /** 报送审核 */
    public LocalDate getSubmittedForReviewOn() { return submittedForReviewOn; }
    public void setSubmittedForReviewOn(LocalDate submittedForReviewOn) { this.submittedForReviewOn = submittedForReviewOn; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    /** The substantive elements it explains. */
    public Set<InterpretationElement> getElements() { return elements; }
    public void setElements(Set<InterpretationElement> elements) { this.elements = elements == null ? new LinkedHashSet<>() : elements; }
    /** 简单复制摘抄文件原文 */
    public Boolean getCopiesDocument() { return copiesDocument; }
    public void setCopiesDocument(Boolean copiesDocument) { this.copiesDocument = copiesDocument; }
    /** 标题式解读 */
    public Boolean getTitleOnly() { return titleOnly; }
    public void setTitleOnly(Boolean titleOnly) { this.titleOnly = titleOnly; }
    /** 《政策文件解读处理单》备案 (HLD24-7c) */
    public Boolean getProcessingFormFiled() { return processingFormFiled; }
    public void setProcessingFormFiled(Boolean processingFormFiled) { this.processingFormFiled = processingFormFiled; }
    /** 在政府门户网站公开 */
    public Boolean getPublishedOnPortal() { return publishedOnPortal; }
    public void setPublishedOnPortal(Boolean publishedOnPortal) { this.publishedOnPortal = publishedOnPortal; }
}
