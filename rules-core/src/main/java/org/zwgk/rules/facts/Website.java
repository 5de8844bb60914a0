package org.zwgk.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A government website (政府网站) as an inspection sees it.
 */
public class Website implements Subject {
    private String id;
    private String unit;
    private String name;
    private Boolean portal;
    private Boolean ipv6;
    private LocalDate ipv6Since;
    private Boolean policyLibraryEntryOnHomepage;
    private List<LocalDate> homepageUpdates = new ArrayList<>();
    private java.math.BigDecimal accessFailurePercent;
    private Boolean consultationChannel;
    private Integer messagesUnansweredOver3Months;
    private List<String> incidents = new ArrayList<>();
    private LocalDate checkedOn;
    private Integer accessChecks;
    private Integer accessFailures;
    private List<Message> messages = new ArrayList<>();

    public Website() {
    }

    @Override
    public String subjectKind() {
        return "website";
    }

    @Override
    public LocalDate referenceDate() {
        return checkedOn;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    /** 政府门户网站 */
    public Boolean getPortal() { return portal; }
    public void setPortal(Boolean portal) { this.portal = portal; }
    /** supports IPv6 */
    public Boolean getIpv6() { return ipv6; }
    public void setIpv6(Boolean ipv6) { this.ipv6 = ipv6; }
    public LocalDate getIpv6Since() { return ipv6Since; }
    public void setIpv6Since(LocalDate ipv6Since) { this.ipv6Since = ipv6Since; }
    /** 政策文件库入口设在首页 */
    public Boolean getPolicyLibraryEntryOnHomepage() { return policyLibraryEntryOnHomepage; }
    public void setPolicyLibraryEntryOnHomepage(Boolean policyLibraryEntryOnHomepage) { this.policyLibraryEntryOnHomepage = policyLibraryEntryOnHomepage; }
    /** days the homepage was updated (for a homepage that only navigates: days any second-level page was updated) */
    public List<LocalDate> getHomepageUpdates() { return homepageUpdates; }
    public void setHomepageUpdates(List<LocalDate> homepageUpdates) { this.homepageUpdates = homepageUpdates == null ? new ArrayList<>() : homepageUpdates; }
    /** share of monitored visits that failed (WEBCHK-1), percent */
    public java.math.BigDecimal getAccessFailurePercent() { return accessFailurePercent; }
    public void setAccessFailurePercent(java.math.BigDecimal accessFailurePercent) { this.accessFailurePercent = accessFailurePercent; }
    /** 提供网上有效咨询建言渠道 */
    public Boolean getConsultationChannel() { return consultationChannel; }
    public void setConsultationChannel(Boolean consultationChannel) { this.consultationChannel = consultationChannel; }
    /** 留言超过3个月未答复的数量 */
    public Integer getMessagesUnansweredOver3Months() { return messagesUnansweredOver3Months; }
    public void setMessagesUnansweredOver3Months(Integer messagesUnansweredOver3Months) { this.messagesUnansweredOver3Months = messagesUnansweredOver3Months; }
    /** Security or content incidents found by inspection (WEBCHK-5). */
    public List<String> getIncidents() { return incidents; }
    public void setIncidents(List<String> incidents) { this.incidents = incidents == null ? new ArrayList<>() : incidents; }
    /**
     * The monitoring point (监测时间点) of the inspection these facts record: the checklist's "2 weeks / 6 months /
     * 1 year before" count back from it, and it places the website in a plan's year. {@code null}: the evaluation date.
     */
    public LocalDate getCheckedOn() { return checkedOn; }
    public void setCheckedOn(LocalDate checkedOn) { this.checkedOn = checkedOn; }
    /** monitored visits (WEBCHK-1: 监测1周，每天间隔性访问20次以上) */
    public Integer getAccessChecks() { return accessChecks; }
    public void setAccessChecks(Integer accessChecks) { this.accessChecks = accessChecks; }
    /** monitored visits on which the site did not open within 15 seconds */
    public Integer getAccessFailures() { return accessFailures; }
    public void setAccessFailures(Integer accessFailures) { this.accessFailures = accessFailures; }
    /** valid messages left on its consultation channel (WEBCHK-4b) */
    public List<Message> getMessages() { return messages; }
    public void setMessages(List<Message> messages) { this.messages = messages == null ? new ArrayList<>() : messages; }
}
