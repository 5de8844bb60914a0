package org.zwgk.rules.facts;

import java.time.LocalDate;

/**
 * An item a unit published or submitted for publication, with its review record.
 */
public class PublishedItem implements Subject {
    private String id;
    private String unit;
    private String title;
    private LocalDate reviewedOn;
    private LocalDate submittedOn;
    private LocalDate publishedOn;
    private Integer reviews;
    private Integer proofreads;
    private Boolean reviewRecord;
    private String formVersion;
    private LocalDate confidentialityReviewedOn;
    private Boolean containsPersonalInfo;
    private Boolean containsPrivateInfo;
    private Boolean online;

    public PublishedItem() {
    }

    @Override
    public String subjectKind() {
        return "item";
    }

    @Override
    public LocalDate referenceDate() {
        return publishedOn != null ? publishedOn : submittedOn;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    /** 审核（审查）完成 */
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate reviewedOn) { this.reviewedOn = reviewedOn; }
    /** 报送 */
    public LocalDate getSubmittedOn() { return submittedOn; }
    public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
    /** 发布 */
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    /** 审核次数（三审） */
    public Integer getReviews() { return reviews; }
    public void setReviews(Integer reviews) { this.reviews = reviews; }
    /** 校对次数（三校） */
    public Integer getProofreads() { return proofreads; }
    public void setProofreads(Integer proofreads) { this.proofreads = proofreads; }
    /** 本条信息的审核记录（一事一审） */
    public Boolean getReviewRecord() { return reviewRecord; }
    public void setReviewRecord(Boolean reviewRecord) { this.reviewRecord = reviewRecord; }
    /** 审核表版本 */
    public String getFormVersion() { return formVersion; }
    public void setFormVersion(String formVersion) { this.formVersion = formVersion; }
    /** 保密审查 */
    public LocalDate getConfidentialityReviewedOn() { return confidentialityReviewedOn; }
    public void setConfidentialityReviewedOn(LocalDate confidentialityReviewedOn) { this.confidentialityReviewedOn = confidentialityReviewedOn; }
    /**
     * 含个人信息（姓名、单位等可识别个人的信息）. Personal information is not by itself a breach: a list of subsidy
     * recipients names them lawfully. What the plans require cleaned up is personal privacy ({@link #getContainsPrivateInfo}).
     */
    public Boolean getContainsPersonalInfo() { return containsPersonalInfo; }
    public void setContainsPersonalInfo(Boolean containsPersonalInfo) { this.containsPersonalInfo = containsPersonalInfo; }
    /** 涉及个人隐私（身份证号码、住址、联系方式、健康状况等不宜公开的信息） */
    public Boolean getContainsPrivateInfo() { return containsPrivateInfo; }
    public void setContainsPrivateInfo(Boolean containsPrivateInfo) { this.containsPrivateInfo = containsPrivateInfo; }
    /** still online */
    public Boolean getOnline() { return online; }
    public void setOnline(Boolean online) { this.online = online; }
}
