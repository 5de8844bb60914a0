package org.zwgk.rules.deadline;

import org.zwgk.rules.engine.Params;

/**
 * The numbers of the request clock, read from the OGI and FEE sources' parameters.
 *
 * @param answerWorkingDays         OGI-33: answer within 20 working days of receipt
 * @param maxExtensionWorkingDays   OGI-33: an extension adds at most 20 working days
 * @param consultationWorkingDays   OGI-32/34: the consulted party has 15 working days
 * @param correctionNoticeWorkingDays OGI-30: tell the applicant what to correct within 7 working days
 * @param feePaymentWorkingDays     FEE: the applicant pays within 20 working days of receiving the notice
 * @param feeWaitPausesClock        FEE: the wait for payment is not counted in the answer period
 * @param warningWorkingDays        the warning window before a due date (预警)
 * @param confirmationWorkingDays   OGI-31: an online or fax request is confirmed within this many working days of
 *                                  submission (the Regulation sets no number; ours)
 * @param disclosureOffices         OGI-33: the names of a disclosure office; an extension's {@code approvedBy} must
 *                                  name the 负责人 of one of them
 */
public record DeadlineRules(int answerWorkingDays, int maxExtensionWorkingDays, int consultationWorkingDays,
                            int correctionNoticeWorkingDays, int feePaymentWorkingDays, boolean feeWaitPausesClock,
                            int warningWorkingDays, int confirmationWorkingDays, java.util.List<String> disclosureOffices) {

    public DeadlineRules {
        disclosureOffices = java.util.List.copyOf(disclosureOffices);
    }

    /** Whether {@code approver} names the head (负责人) of a disclosure office, e.g. 区政务公开办负责人. */
    public boolean isDisclosureOfficeHead(String approver) {
        return approver.contains("负责人") && disclosureOffices.stream().anyMatch(approver::contains);
    }

    /** The rules as the rule set's parameters set them. */
    public static DeadlineRules from(Params p) {
        return new DeadlineRules(
                p.integer("OGI", "answer-working-days"),
                p.integer("OGI", "max-extension-working-days"),
                p.integer("OGI", "consultation-working-days"),
                p.integer("OGI", "correction-notice-working-days"),
                p.integer("FEE", "payment-working-days"),
                p.flag("FEE", "payment-wait-pauses-clock"),
                p.integer("OGI", "warning-working-days"),
                p.integer("OGI", "confirmation-working-days"),
                p.strings("OGI", "extension-approver-offices"));
    }
}
