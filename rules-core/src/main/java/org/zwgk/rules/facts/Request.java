package org.zwgk.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A request for disclosure (政府信息公开申请) as the unit's ledger (台账) records it: how and when it arrived,
 * each processing step, corrections, consultations, extension, fee and answer.
 * Every date is optional; a rule that needs a missing date reports INCOMPLETE instead of guessing.
 */
public class Request implements Subject {
    private String id;
    private String unit;
    private String applicant;
    private ApplicantKind applicantKind;
    private String content;
    private Channel channel;

    // Arrival (OGI-31)
    private LocalDate submittedOn;
    private LocalDate signedForOn;
    private LocalDate letterArrivedOn;
    private LocalDate confirmedOn;

    // Processing steps (SHT26-1.1, SHT26-1.2, TJA24-18)
    private LocalDate registeredOn;
    private LocalDate reportedToOfficeOn;
    private LocalDate applicantContactedOn;
    private String proposedHandling;
    private LocalDate handledOn;
    private LocalDate reviewedOn;
    private LocalDate confidentialityReviewedOn;
    private LocalDate officeReviewedOn;
    private LocalDate answeredOn;
    private String answerMethod;
    private String answerType;
    private LocalDate archivedOn;

    // Correction (OGI-30)
    private LocalDate correctionNoticeOn;
    private LocalDate correctedRequestReceivedOn;

    // Pauses and extension (OGI-32/33/34, FEE)
    private List<Consultation> consultations = new ArrayList<>();
    private Extension extension;
    private Fee fee;

    // Aftermath (SHT26-1.3)
    private Boolean reconsiderationOrLitigation;
    private String reconsiderationOrLitigationResult;

    // Annual report (国办公开办函〔2021〕30号 parts 三 and 四)
    private Outcome outcome;
    private List<Appeal> appeals = new ArrayList<>();

    public Request() {
    }

    public Request(String id, String unit, Channel channel, LocalDate submittedOn) {
        this.id = id;
        this.unit = unit;
        this.channel = channel;
        this.submittedOn = submittedOn;
    }

    @Override
    public String subjectKind() {
        return "request";
    }

    /** The submission date, or failing that the first arrival date recorded: it places the request in a plan's year. */
    @Override
    public LocalDate referenceDate() {
        if (submittedOn != null) return submittedOn;
        if (signedForOn != null) return signedForOn;
        return letterArrivedOn != null ? letterArrivedOn : confirmedOn;
    }

    /** Whether the request has been answered. */
    public boolean isAnswered() {
        return answeredOn != null;
    }

    @Override
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    @Override
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getApplicant() { return applicant; }
    public void setApplicant(String applicant) { this.applicant = applicant; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    /** The day the applicant submitted it (in person: the day of receipt). */
    public LocalDate getSubmittedOn() { return submittedOn; }
    public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
    /** Post that is signed for: the day the agency signed. */
    public LocalDate getSignedForOn() { return signedForOn; }
    public void setSignedForOn(LocalDate signedForOn) { this.signedForOn = signedForOn; }
    /** Ordinary letter: the day it arrived at the agency. */
    public LocalDate getLetterArrivedOn() { return letterArrivedOn; }
    public void setLetterArrivedOn(LocalDate letterArrivedOn) { this.letterArrivedOn = letterArrivedOn; }
    /** Ordinary letter, online or fax: the day the office and the applicant confirmed the request. */
    public LocalDate getConfirmedOn() { return confirmedOn; }
    public void setConfirmedOn(LocalDate confirmedOn) { this.confirmedOn = confirmedOn; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    /** The day the unit reported the request to the district disclosure office (SHT26-1.2b). */
    public LocalDate getReportedToOfficeOn() { return reportedToOfficeOn; }
    public void setReportedToOfficeOn(LocalDate reportedToOfficeOn) { this.reportedToOfficeOn = reportedToOfficeOn; }
    /** The day the unit first contacted the applicant to verify the request (TJA24-18). */
    public LocalDate getApplicantContactedOn() { return applicantContactedOn; }
    public void setApplicantContactedOn(LocalDate applicantContactedOn) { this.applicantContactedOn = applicantContactedOn; }
    /** 拟办意见. */
    public String getProposedHandling() { return proposedHandling; }
    public void setProposedHandling(String proposedHandling) { this.proposedHandling = proposedHandling; }
    public LocalDate getHandledOn() { return handledOn; }
    public void setHandledOn(LocalDate handledOn) { this.handledOn = handledOn; }
    /** The unit's own review (审核) of the answer. */
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate reviewedOn) { this.reviewedOn = reviewedOn; }
    /** 保密审查 (SHT26-1.2c). */
    public LocalDate getConfidentialityReviewedOn() { return confidentialityReviewedOn; }
    public void setConfidentialityReviewedOn(LocalDate confidentialityReviewedOn) { this.confidentialityReviewedOn = confidentialityReviewedOn; }
    /** The district disclosure office's review (区政务公开办审核, SHT26-1.2c). */
    public LocalDate getOfficeReviewedOn() { return officeReviewedOn; }
    public void setOfficeReviewedOn(LocalDate officeReviewedOn) { this.officeReviewedOn = officeReviewedOn; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }
    /** 答复方式, e.g. 邮寄, 电子邮件, 当面领取. */
    public String getAnswerMethod() { return answerMethod; }
    public void setAnswerMethod(String answerMethod) { this.answerMethod = answerMethod; }
    /** 答复类型, e.g. 予以公开, 部分公开, 不予公开, 信息不存在. */
    public String getAnswerType() { return answerType; }
    public void setAnswerType(String answerType) { this.answerType = answerType; }
    public LocalDate getArchivedOn() { return archivedOn; }
    public void setArchivedOn(LocalDate archivedOn) { this.archivedOn = archivedOn; }
    /** The day the applicant was told what to correct (补正告知, OGI-30). */
    public LocalDate getCorrectionNoticeOn() { return correctionNoticeOn; }
    public void setCorrectionNoticeOn(LocalDate correctionNoticeOn) { this.correctionNoticeOn = correctionNoticeOn; }
    /** The day the corrected request was received; the answer period restarts here (OGI-30). */
    public LocalDate getCorrectedRequestReceivedOn() { return correctedRequestReceivedOn; }
    public void setCorrectedRequestReceivedOn(LocalDate correctedRequestReceivedOn) { this.correctedRequestReceivedOn = correctedRequestReceivedOn; }
    public List<Consultation> getConsultations() { return consultations; }
    public void setConsultations(List<Consultation> consultations) { this.consultations = consultations == null ? new ArrayList<>() : consultations; }
    public Extension getExtension() { return extension; }
    public void setExtension(Extension extension) { this.extension = extension; }
    public Fee getFee() { return fee; }
    public void setFee(Fee fee) { this.fee = fee; }
    /** Whether the answer led to an administrative reconsideration or a lawsuit. */
    public Boolean getReconsiderationOrLitigation() { return reconsiderationOrLitigation; }
    public void setReconsiderationOrLitigation(Boolean reconsiderationOrLitigation) { this.reconsiderationOrLitigation = reconsiderationOrLitigation; }
    public String getReconsiderationOrLitigationResult() { return reconsiderationOrLitigationResult; }
    public void setReconsiderationOrLitigationResult(String reconsiderationOrLitigationResult) { this.reconsiderationOrLitigationResult = reconsiderationOrLitigationResult; }
    /** The applicant's kind: the column of the annual report's part 三. */
    public ApplicantKind getApplicantKind() { return applicantKind; }
    public void setApplicantKind(ApplicantKind applicantKind) { this.applicantKind = applicantKind; }
    /** How the request was concluded, as a line of the annual report's part 三; concluded on {@code answeredOn}. */
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    /** Reconsiderations and lawsuits brought over this request (the annual report's part 四). */
    public List<Appeal> getAppeals() { return appeals; }
    public void setAppeals(List<Appeal> appeals) { this.appeals = appeals == null ? new ArrayList<>() : appeals; }
}
