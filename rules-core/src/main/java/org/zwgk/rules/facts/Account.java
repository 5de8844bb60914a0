package org.zwgk.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A government new-media account (政务新媒体账号) and the dates of its posts.
 */
public class Account implements Subject {
    private String id;
    private String unit;
    private String name;
    private String platform;
    private LocalDate appliedOn;
    private LocalDate approvedOn;
    private LocalDate filedOn;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private List<LocalDate> posts = new ArrayList<>();
    private List<String> incidents = new ArrayList<>();

    public Account() {
    }

    @Override
    public String subjectKind() {
        return "account";
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
    /** e.g. 微信公众号, 微博, 抖音 */
    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    /** 申请开设 */
    public LocalDate getAppliedOn() { return appliedOn; }
    public void setAppliedOn(LocalDate appliedOn) { this.appliedOn = appliedOn; }
    /** 审核同意 */
    public LocalDate getApprovedOn() { return approvedOn; }
    public void setApprovedOn(LocalDate approvedOn) { this.approvedOn = approvedOn; }
    /** 备案 */
    public LocalDate getFiledOn() { return filedOn; }
    public void setFiledOn(LocalDate filedOn) { this.filedOn = filedOn; }
    /** 开通 */
    public LocalDate getOpenedOn() { return openedOn; }
    public void setOpenedOn(LocalDate openedOn) { this.openedOn = openedOn; }
    /** 关停注销; null while open */
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    /** The days it published content. */
    public List<LocalDate> getPosts() { return posts; }
    public void setPosts(List<LocalDate> posts) { this.posts = posts == null ? new ArrayList<>() : posts; }
    /** Security or content incidents found by inspection (WEBCHK-5). */
    public List<String> getIncidents() { return incidents; }
    public void setIncidents(List<String> incidents) { this.incidents = incidents == null ? new ArrayList<>() : incidents; }
}
