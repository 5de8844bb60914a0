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
 * @param consultationSendDayPaused  OGI-33 第三款 (a reading): whether the day a consultation letter is sent is itself
 *                                   not counted (default no: it still counts)
 * @param consultationReplyDayPaused OGI-33 第三款 (a reading): whether the day the consulted party replies is not
 *                                   counted (default yes)
 */
public record DeadlineRules(int answerWorkingDays, int maxExtensionWorkingDays, int consultationWorkingDays,
                            int correctionNoticeWorkingDays, int feePaymentWorkingDays, boolean feeWaitPausesClock,
                            int warningWorkingDays, int confirmationWorkingDays, java.util.List<String> disclosureOffices,
                            boolean consultationSendDayPaused, boolean consultationReplyDayPaused) {

    public DeadlineRules {
        disclosureOffices = java.util.List.copyOf(disclosureOffices);
    }

    /** Rules with the default readings of a consultation's first and last day (the send day counts, the reply day does not). */
    public DeadlineRules(int answerWorkingDays, int maxExtensionWorkingDays, int consultationWorkingDays,
                         int correctionNoticeWorkingDays, int feePaymentWorkingDays, boolean feeWaitPausesClock,
                         int warningWorkingDays, int confirmationWorkingDays, java.util.List<String> disclosureOffices) {
        this(answerWorkingDays, maxExtensionWorkingDays, consultationWorkingDays, correctionNoticeWorkingDays,
                feePaymentWorkingDays, feeWaitPausesClock, warningWorkingDays, confirmationWorkingDays, disclosureOffices,
                false, true);
    }

    /** Whether {@code approver} names the head (负责人) of a disclosure office, e.g. 区政务公开办负责人. */
    public boolean isDisclosureOfficeHead(String approver) {
        return approver.contains("负责人") && disclosureOffices.stream().anyMatch(approver::contains);
    }

    /** The rules as the rule set's parameters set them, in force on the parameters' date (the latest if none). */
    public static DeadlineRules from(Params p) {
        return from(p, p.date());
    }

    /**
     * The rules in force on {@code date} (a request's own date: its submission or receipt). A date before a
     * parameter's first value reads that first value: a request older than the source is counted by its first numbers.
     */
    public static DeadlineRules from(Params p, java.time.LocalDate date) {
        Params on = p.on(date).orFirst();
        return new DeadlineRules(
                on.integer("OGI", "answer-working-days"),
                on.integer("OGI", "max-extension-working-days"),
                on.integer("OGI", "consultation-working-days"),
                on.integer("OGI", "correction-notice-working-days"),
                on.integer("FEE", "payment-working-days"),
                on.flag("FEE", "payment-wait-pauses-clock"),
                on.integer("OGI", "warning-working-days"),
                on.integer("OGI", "confirmation-working-days"),
                on.strings("OGI", "extension-approver-offices"),
                on.flag("OGI", "consultation-send-day-paused"),
                on.flag("OGI", "consultation-reply-day-paused"));
    }
}
