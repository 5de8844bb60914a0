package org.zwgk.rules.facts;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A government document (政策文件) with its dates, kinds and public attribute (OGI-26, section B).
 */
public class Document implements Subject {
    private String id;
    private String unit;
    private String title;
    private Issuer issuer;
    private String numberPrefix;
    private Set<DocumentKind> kinds = new LinkedHashSet<>();
    private PublicAttribute publicAttribute;
    private LocalDate draftedOn;
    private LocalDate formedOn;
    private LocalDate changedOn;
    private LocalDate submittedForReviewOn;
    private LocalDate signedOn;
    private LocalDate publishedOn;
    private Boolean inForce;
    private Boolean listedInPolicyLibrary;
    private Boolean listedAsInForce;
    private Boolean fullTextInLibrary;
    private LocalDate publicConsultationOn;
    private LocalDate evaluatedOn;
    private LocalDate evaluationPublishedOn;

    public Document() {
    }

    @Override
    public String subjectKind() {
        return "document";
    }

    @Override
    public LocalDate referenceDate() {
        return formedOn != null ? formedOn : (submittedForReviewOn != null ? submittedForReviewOn : publishedOn);
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    /** The unit that drafts or issues it. */
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    /** In whose name it is issued. */
    public Issuer getIssuer() { return issuer; }
    public void setIssuer(Issuer issuer) { this.issuer = issuer; }
    /** 文号前缀, e.g. 朝县政发, 朝县政办发. */
    public String getNumberPrefix() { return numberPrefix; }
    public void setNumberPrefix(String numberPrefix) { this.numberPrefix = numberPrefix; }
    public Set<DocumentKind> getKinds() { return kinds; }
    public void setKinds(Set<DocumentKind> kinds) { this.kinds = kinds == null ? new LinkedHashSet<>() : kinds; }
    /** 公开属性; null = not decided. */
    public PublicAttribute getPublicAttribute() { return publicAttribute; }
    public void setPublicAttribute(PublicAttribute publicAttribute) { this.publicAttribute = publicAttribute; }
    /** 起草 */
    public LocalDate getDraftedOn() { return draftedOn; }
    public void setDraftedOn(LocalDate draftedOn) { this.draftedOn = draftedOn; }
    /** 形成 (OGI-26 counts from here) */
    public LocalDate getFormedOn() { return formedOn; }
    public void setFormedOn(LocalDate formedOn) { this.formedOn = formedOn; }
    /** 变更 (OGI-26 counts from the latest change) */
    public LocalDate getChangedOn() { return changedOn; }
    public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
    /** 报送审核（报请发文） */
    public LocalDate getSubmittedForReviewOn() { return submittedForReviewOn; }
    public void setSubmittedForReviewOn(LocalDate submittedForReviewOn) { this.submittedForReviewOn = submittedForReviewOn; }
    /** 签发 */
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    /** 公开发布 */
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    /** 现行有效 */
    public Boolean getInForce() { return inForce; }
    public void setInForce(Boolean inForce) { this.inForce = inForce; }
    /** listed in the published policy library */
    public Boolean getListedInPolicyLibrary() { return listedInPolicyLibrary; }
    public void setListedInPolicyLibrary(Boolean listedInPolicyLibrary) { this.listedInPolicyLibrary = listedInPolicyLibrary; }
    /** the library lists it as in force */
    public Boolean getListedAsInForce() { return listedAsInForce; }
    public void setListedAsInForce(Boolean listedAsInForce) { this.listedAsInForce = listedAsInForce; }
    /** the library carries the document's full text, not only its entry in the list (CYX21-5 文件全文) */
    public Boolean getFullTextInLibrary() { return fullTextInLibrary; }
    public void setFullTextInLibrary(Boolean fullTextInLibrary) { this.fullTextInLibrary = fullTextInLibrary; }
    /** 征求意见、听证座谈等公众参与 */
    public LocalDate getPublicConsultationOn() { return publicConsultationOn; }
    public void setPublicConsultationOn(LocalDate publicConsultationOn) { this.publicConsultationOn = publicConsultationOn; }
    /** 执行情况评估完成 */
    public LocalDate getEvaluatedOn() { return evaluatedOn; }
    public void setEvaluatedOn(LocalDate evaluatedOn) { this.evaluatedOn = evaluatedOn; }
    /** 评估结果公开 */
    public LocalDate getEvaluationPublishedOn() { return evaluationPublishedOn; }
    public void setEvaluationPublishedOn(LocalDate evaluationPublishedOn) { this.evaluationPublishedOn = evaluationPublishedOn; }
}
