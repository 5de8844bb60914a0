package org.zwgk.rules.deadline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwgk.rules.calendar.CalendarFiles;
import org.zwgk.rules.calendar.CalendarNotCoveredException;
import org.zwgk.rules.deadline.AnswerDeadline.Pause;
import org.zwgk.rules.deadline.AnswerDeadline.State;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.Consultation;
import org.zwgk.rules.facts.ConsultedParty;
import org.zwgk.rules.facts.Extension;
import org.zwgk.rules.facts.Fee;
import org.zwgk.rules.facts.Request;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answer clock of 《政府信息公开条例》 articles 30–34 and the fee notice, on the calendar in {@code drl/calendar/}.
 *
 * <p>Most cases sit in July–August 2025, which has no public holiday, so the counts are plain weekdays:
 * Tue 2025-07-01 is received; the 20 working days after it are 07-02..04 (3), 07..11 (8), 14..18 (13), 21..25 (18),
 * 28 (19), 29 (20), so the plain due date is Tue 2025-07-29; the working days after it are 07-30, 07-31, 08-01 (Fri),
 * 08-04..08-08, 08-11..08-15 and so on.
 */
class AnswerClockTest {

    private static final DeadlineRules RULES = new DeadlineRules(20, 20, 15, 7, 20, true, 3, 1, List.of("政府信息公开工作机构", "政务公开办"));
    private static final AnswerClock CLOCK = new AnswerClock(CalendarFiles.calendar(), RULES, org.zwgk.rules.fees.NationalFees.calculator());

    private static final LocalDate RECEIVED = d("2025-07-01");
    private static final LocalDate PLAIN_DUE = d("2025-07-29");

    private static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** A request handed in on {@code submittedOn}. */
    private static Request inPerson(LocalDate submittedOn) {
        return new Request("r1", "u1", Channel.IN_PERSON, submittedOn);
    }

    private static AnswerDeadline compute(Request r, String asOf) {
        return CLOCK.compute(r, d(asOf));
    }

    // ---- the date of receipt (第三十一条) ----

    @ParameterizedTest(name = "{0} is received on {1}")
    @CsvSource({
            "IN_PERSON,     2025-07-01", // 当面提交: submittedOn
            "POST_SIGNED,   2025-07-03", // 邮寄: signedForOn
            "POST_UNSIGNED, 2025-07-02", // 平常信函: confirmedOn, the day the letter arrived
            "ONLINE,        2025-07-02", // 互联网: confirmedOn, within a working day of submission
            "FAX,           2025-07-02", // 传真: confirmedOn, within a working day of submission
    })
    void theDateOfReceiptDependsOnTheChannel(Channel channel, LocalDate expected) {
        Request r = new Request("r1", "u1", channel, d("2025-07-01"));
        r.setSignedForOn(d("2025-07-03"));
        r.setConfirmedOn(d("2025-07-02"));
        r.setLetterArrivedOn(d("2025-07-02"));

        AnswerClock.Receipt receipt = CLOCK.receipt(r, d("2025-07-10"));
        assertEquals(expected, receipt.date());
        assertNull(receipt.missing());
        assertTrue(receipt.basis().contains("第三十一条"), receipt.basis());

        AnswerDeadline deadline = compute(r, "2025-07-10");
        assertEquals(expected, deadline.receivedOn());
        assertEquals(expected, deadline.clockStart());
        assertEquals(CalendarFiles.calendar().addWorkingDays(expected, 20), deadline.due());
    }

    @ParameterizedTest(name = "{0} without {1} is incomplete")
    @CsvSource({
            "IN_PERSON,     submittedOn",
            "POST_SIGNED,   signedForOn",
            "POST_UNSIGNED, confirmedOn",
            "ONLINE,        confirmedOn",
            "FAX,           confirmedOn",
    })
    void withoutTheDateItsChannelNeedsTheDeadlineIsIncompleteAndNamesTheField(Channel channel, String field) {
        Request r = new Request("r1", "u1", channel, null);
        // Every other arrival date is present, so a wrong channel mapping would find a date; the dates a confirmation
        // is owed from (a letter's arrival, an online submission) are left out, as they would give the receipt too.
        boolean confirmation = field.equals("confirmedOn");
        if (!field.equals("submittedOn") && !confirmation) r.setSubmittedOn(d("2025-07-01"));
        if (!field.equals("signedForOn")) r.setSignedForOn(d("2025-07-02"));
        if (!confirmation) r.setConfirmedOn(d("2025-07-03"));
        if (!confirmation) r.setLetterArrivedOn(d("2025-07-01"));

        AnswerDeadline deadline = compute(r, "2025-07-10");
        assertEquals(State.INCOMPLETE, deadline.state());
        assertNull(deadline.due());
        assertNull(deadline.receivedOn());
        assertNotNull(deadline.missing());
        assertTrue(deadline.missing().contains(field), deadline.missing());
        assertTrue(CLOCK.receipt(r, d("2025-07-10")).missing().contains(field));
    }

    @Test
    void aRequestWithoutAChannelIsIncompleteAndNamesTheChannel() {
        Request r = new Request("r1", "u1", null, RECEIVED);
        AnswerDeadline deadline = compute(r, "2025-07-10");
        assertEquals(State.INCOMPLETE, deadline.state());
        assertTrue(deadline.missing().contains("channel"), deadline.missing());
    }

    // ---- the plain period (第三十三条第二款) ----

    @Test
    void anUnansweredRequestIsDue20WorkingDaysAfterReceipt() {
        AnswerDeadline deadline = compute(inPerson(RECEIVED), "2025-07-10");
        assertEquals(State.RUNNING, deadline.state());
        assertEquals(PLAIN_DUE, deadline.originalDue());
        assertEquals(PLAIN_DUE, deadline.due());
        assertEquals(0, deadline.pausedWorkingDays());
        assertEquals(List.of(), deadline.pauses());
    }

    @Test
    void aRequestReceivedBeforeTheSpringFestivalOf2024IsDueOn8March() {
        Request r = inPerson(d("2024-02-05"));
        r.setAnsweredOn(d("2024-03-08"));
        AnswerDeadline deadline = compute(r, "2024-03-20");
        assertEquals(State.ANSWERED, deadline.state());
        assertEquals(d("2024-03-08"), deadline.due());
        assertEquals(0, deadline.workingDaysLeft());
        assertFalse(deadline.isLate());
    }

    @ParameterizedTest(name = "on {0}: {1} working days left")
    @CsvSource({
            "2025-07-24,  3", // Thu: 25, 28, 29 remain
            "2025-07-28,  1",
            "2025-07-29,  0", // the due day itself: still on time
            "2025-07-31, -2", // 30, 31 are past the due date
            "2025-08-04, -4", // 30, 31, 08-01, 08-04
    })
    void workingDaysLeftCountFromTheEvaluationDateToTheDueDate(LocalDate asOf, int left) {
        AnswerDeadline deadline = CLOCK.compute(inPerson(RECEIVED), asOf);
        assertEquals(State.RUNNING, deadline.state());
        assertEquals(left, deadline.workingDaysLeft());
        assertEquals(left < 0, deadline.isLate());
    }

    @Test
    void anAnsweredRequestCountsFromTheAnswerNotTheEvaluationDate() {
        Request r = inPerson(RECEIVED);
        r.setAnsweredOn(d("2025-08-01")); // 30, 31, 08-01: three working days late
        AnswerDeadline deadline = compute(r, "2025-09-30");
        assertEquals(State.ANSWERED, deadline.state());
        assertEquals(d("2025-08-01"), deadline.answeredOn());
        assertEquals(-3, deadline.workingDaysLeft());
        assertTrue(deadline.isLate());
    }

    // ---- correction (第三十条) ----

    @Test
    void aCorrectedRequestRestartsThePeriodFromItsReceipt() {
        Request r = inPerson(RECEIVED);
        r.setCorrectionNoticeOn(d("2025-07-03"));
        r.setCorrectedRequestReceivedOn(d("2025-07-10"));
        AnswerDeadline deadline = compute(r, "2025-07-15");
        // Thu 07-10 → 11 (1), 14-18 (6), 21-25 (11), 07-28..08-01 (16), 08-04..08-07 (20).
        assertEquals(State.RUNNING, deadline.state());
        assertEquals(RECEIVED, deadline.receivedOn());
        assertEquals(d("2025-07-10"), deadline.clockStart());
        assertTrue(deadline.startBasis().contains("第三十条"), deadline.startBasis());
        assertEquals(d("2025-08-07"), deadline.due());
    }

    @Test
    void aCorrectionNoticeWithoutACorrectedRequestWaitsForTheCorrection() {
        Request r = inPerson(RECEIVED);
        r.setCorrectionNoticeOn(d("2025-07-03"));
        AnswerDeadline deadline = compute(r, "2025-09-30");
        assertEquals(State.AWAITING_CORRECTION, deadline.state());
        assertEquals(RECEIVED, deadline.receivedOn());
        assertNull(deadline.due());
        assertNull(deadline.clockStart());
        assertFalse(deadline.isLate());
    }

    // ---- consultation (第三十二条、第三十三条第三款、第三十四条) ----

    @Test
    void theWorkingDaysSpentConsultingAThirdPartyAreAdded() {
        Request r = inPerson(RECEIVED);
        r.getConsultations().add(new Consultation(ConsultedParty.THIRD_PARTY, d("2025-07-07"), d("2025-07-08"), d("2025-07-11")));
        AnswerDeadline deadline = compute(r, "2025-07-15");
        // Paused: the working days after Mon 07-07 up to the reply, 08..11 = 4. Due 07-29 + 4 = 30, 31, 08-01, 08-04.
        assertEquals(4, deadline.pausedWorkingDays());
        assertEquals(d("2025-08-04"), deadline.originalDue());
        assertEquals(d("2025-08-04"), deadline.due());
        Pause p = deadline.pauses().get(0);
        assertEquals(d("2025-07-07"), p.from());
        assertEquals(d("2025-07-11"), p.to());
        assertNull(p.limitedTo());
        assertEquals(4, p.workingDays());
        assertTrue(p.reason().contains("第三十二条"), p.reason());
    }

    @Test
    void theFirstAndLastDayOfAConsultationAreParametersOfTheSource() {
        Request r = inPerson(RECEIVED);
        r.getConsultations().add(new Consultation(ConsultedParty.THIRD_PARTY, d("2025-07-07"), d("2025-07-08"), d("2025-07-11")));
        // default (above): 08..11 paused = 4
        // the send day paused too: 07..11 = 5; due 07-29 + 5 = 30, 31, 08-01, 04, 05
        AnswerClock sendDay = new AnswerClock(CalendarFiles.calendar(), new DeadlineRules(20, 20, 15, 7, 20, true, 3, 1,
                List.of("政府信息公开工作机构"), true, true), org.zwgk.rules.fees.NationalFees.calculator());
        AnswerDeadline withSendDay = sendDay.compute(r, d("2025-07-15"));
        assertEquals(5, withSendDay.pausedWorkingDays());
        assertEquals(d("2025-08-05"), withSendDay.due());
        assertEquals(d("2025-07-07"), withSendDay.pauses().get(0).from());
        // the reply day counted: 08..10 = 3; due 08-01
        AnswerClock replyDay = new AnswerClock(CalendarFiles.calendar(), new DeadlineRules(20, 20, 15, 7, 20, true, 3, 1,
                List.of("政府信息公开工作机构"), false, false), org.zwgk.rules.fees.NationalFees.calculator());
        AnswerDeadline withReplyDay = replyDay.compute(r, d("2025-07-15"));
        assertEquals(3, withReplyDay.pausedWorkingDays());
        assertEquals(d("2025-08-01"), withReplyDay.due());
    }

    @Test
    void aConsultationStillWaitingForItsReplyPausesTheClockUpToTheEvaluationDate() {
        Request r = inPerson(RECEIVED);
        r.getConsultations().add(new Consultation(ConsultedParty.JOINT_AGENCY, d("2025-07-07"), d("2025-07-07"), null));
        AnswerDeadline deadline = compute(r, "2025-07-10");
        // Paused so far: 08, 09, 10 = 3. Used: 02, 03, 04, 07 = 4, so 16 of 20 remain. Due 07-29 + 3 = 08-01.
        assertEquals(3, deadline.pausedWorkingDays());
        assertEquals(d("2025-08-01"), deadline.due());
        assertEquals(16, deadline.workingDaysLeft());
        assertTrue(deadline.pauses().get(0).reason().contains("第三十四条"));
    }

    @Test
    void aReplyAfterTheConsultedPartysFifteenWorkingDaysPausesOnlyUpToThatLimit() {
        Request r = inPerson(RECEIVED);
        r.getConsultations().add(new Consultation(ConsultedParty.THIRD_PARTY, d("2025-07-07"), d("2025-07-08"), d("2025-08-05")));
        AnswerDeadline deadline = compute(r, "2025-08-06");
        // The party's 15 working days run from its receipt, Tue 07-08: 09-11 (3), 14-18 (8), 21-25 (13), 28, 29 (15).
        // So the clock stops only on the working days in (07-07, 07-29]: 08-11, 14-18, 21-25, 28-29 = 16.
        // Due: 07-29 + 16 = 30, 31, 08-01 (3), 04-08 (8), 11-15 (13), 18, 19, 20 (16).
        Pause p = deadline.pauses().get(0);
        assertEquals(d("2025-07-29"), p.limitedTo());
        assertEquals(d("2025-07-29"), p.to());
        assertEquals(16, p.workingDays());
        assertEquals(16, deadline.pausedWorkingDays());
        assertEquals(d("2025-08-20"), deadline.due());
    }

    @Test
    void overlappingConsultationsAreNotCountedTwice() {
        Request r = inPerson(RECEIVED);
        r.getConsultations().add(new Consultation(ConsultedParty.THIRD_PARTY, d("2025-07-07"), d("2025-07-07"), d("2025-07-11")));
        r.getConsultations().add(new Consultation(ConsultedParty.JOINT_AGENCY, d("2025-07-09"), d("2025-07-09"), d("2025-07-15")));
        AnswerDeadline deadline = compute(r, "2025-07-20");
        // First pauses 08, 09, 10, 11; second 10, 11, 14, 15. Together 08-11, 14, 15 = 6, not 8.
        // Due 07-29 + 6 = 30, 31, 08-01, 04, 05, 06.
        assertEquals(4, deadline.pauses().get(0).workingDays());
        assertEquals(4, deadline.pauses().get(1).workingDays());
        assertEquals(6, deadline.pausedWorkingDays());
        assertEquals(d("2025-08-06"), deadline.due());
    }

    // ---- fee notice and payment (国办函〔2020〕109号) ----

    private static Fee fee(String noticeOn, String noticeReceivedOn, String paidOn) {
        Fee f = new Fee();
        f.setPerRequestAmount(java.math.BigDecimal.valueOf(100));
        f.setRequestsInMonth(11); // the 11th request of the month: the bands allow 100 yuan, so the notice is lawful
        f.setNoticeOn(d(noticeOn));
        f.setNoticeReceivedOn(d(noticeReceivedOn));
        f.setPaidOn(d(paidOn));
        return f;
    }

    @Test
    void theWaitFromFeeNoticeToPaymentIsNotCounted() {
        Request r = inPerson(RECEIVED);
        r.setFee(fee("2025-07-03", "2025-07-04", "2025-07-10"));
        AnswerDeadline deadline = compute(r, "2025-07-15");
        // Paused: (Thu 07-03, Thu 07-10] = 04, 07, 08, 09, 10 = 5. Due 07-29 + 5 = 30, 31, 08-01, 04, 05.
        assertEquals(State.RUNNING, deadline.state());
        assertEquals(5, deadline.pausedWorkingDays());
        assertEquals(d("2025-08-05"), deadline.due());
    }

    @Test
    void aFeeUnpaidAfterTwentyWorkingDaysFromReceivingTheNoticeMeansTheRequestIsAbandoned() {
        Request r = inPerson(RECEIVED);
        r.setFee(fee("2025-07-03", "2025-07-04", null));
        // The 20 working days to pay run from Fri 07-04: 07-11 (5), 07-18 (10), 07-25 (15), 08-01 (20).
        assertEquals(State.RUNNING, compute(r, "2025-08-01").state(), "the last day to pay");
        AnswerDeadline deadline = compute(r, "2025-08-04");
        assertEquals(State.ABANDONED, deadline.state());
        Pause p = deadline.pauses().get(0);
        assertEquals(d("2025-08-01"), p.limitedTo());
    }

    @Test
    void anAnsweredRequestIsNeverAbandonedForAnUnpaidFee() {
        Request r = inPerson(RECEIVED);
        r.setFee(fee("2025-07-03", "2025-07-04", null));
        r.setAnsweredOn(d("2025-07-08"));
        assertEquals(State.ANSWERED, compute(r, "2025-09-01").state());
    }

    @Test
    void theFeeWaitIsCountedWhenTheParameterSaysSo() {
        AnswerClock counting = new AnswerClock(CalendarFiles.calendar(), new DeadlineRules(20, 20, 15, 7, 20, false, 3, 1, List.of("政府信息公开工作机构")), org.zwgk.rules.fees.NationalFees.calculator());
        Request r = inPerson(RECEIVED);
        r.setFee(fee("2025-07-03", "2025-07-04", "2025-07-10"));
        AnswerDeadline deadline = counting.compute(r, d("2025-07-15"));
        assertEquals(0, deadline.pausedWorkingDays());
        assertEquals(PLAIN_DUE, deadline.due());
    }

    // ---- extension (第三十三条第二款) ----

    private static AnswerDeadline extended(Integer days, String approvedOn, String notifiedOn) {
        Request r = inPerson(RECEIVED);
        r.setExtension(new Extension(days, d(approvedOn), d(notifiedOn)));
        return compute(r, "2025-07-28");
    }

    @Test
    void anApprovedAndNotifiedExtensionAddsItsWorkingDays() {
        AnswerDeadline deadline = extended(10, "2025-07-25", "2025-07-28");
        // 07-29 + 10 = 30, 31, 08-01 (3), 04-08 (8), 11, 12 (10).
        assertEquals(PLAIN_DUE, deadline.originalDue());
        assertEquals(10, deadline.extensionWorkingDays());
        assertNull(deadline.extensionProblem());
        assertEquals(d("2025-08-12"), deadline.due());
    }

    @Test
    void anExtensionOfTwentyWorkingDaysNotifiedOnTheOriginalDueDateIsValid() {
        AnswerDeadline deadline = extended(20, "2025-07-29", "2025-07-29");
        // 07-29 + 20 = 30, 31, 08-01 (3), 04-08 (8), 11-15 (13), 18-22 (18), 25, 26 (20).
        assertEquals(20, deadline.extensionWorkingDays());
        assertNull(deadline.extensionProblem());
        assertEquals(d("2025-08-26"), deadline.due());
    }

    @Test
    void anExtensionOfTwentyFiveWorkingDaysIsCappedAtTwenty() {
        AnswerDeadline deadline = extended(25, "2025-07-25", "2025-07-28");
        assertEquals(20, deadline.extensionWorkingDays());
        assertEquals(d("2025-08-26"), deadline.due());
        assertNotNull(deadline.extensionProblem());
        assertTrue(deadline.extensionProblem().contains("25") && deadline.extensionProblem().contains("20"),
                deadline.extensionProblem());
    }

    @Test
    void anExtensionNobodyApprovedAddsNothing() {
        AnswerDeadline deadline = extended(10, null, "2025-07-28");
        assertEquals(0, deadline.extensionWorkingDays());
        assertEquals(PLAIN_DUE, deadline.due());
        assertTrue(deadline.extensionProblem().contains("同意"), deadline.extensionProblem());
    }

    @Test
    void anExtensionNotifiedAfterTheOriginalDueDateAddsNothing() {
        AnswerDeadline deadline = extended(10, "2025-07-25", "2025-07-30");
        assertEquals(0, deadline.extensionWorkingDays());
        assertEquals(PLAIN_DUE, deadline.due());
        assertTrue(deadline.extensionProblem().contains("告知") && deadline.extensionProblem().contains("2025-07-29"),
                deadline.extensionProblem());
    }

    @Test
    void anExtensionApprovedAfterTheOriginalDueDateAddsNothing() {
        AnswerDeadline deadline = extended(10, "2025-07-30", "2025-07-30");
        assertEquals(0, deadline.extensionWorkingDays());
        assertEquals(PLAIN_DUE, deadline.due());
        assertTrue(deadline.extensionProblem().contains("同意"), deadline.extensionProblem());
    }

    @Test
    void anExtensionNeverNotifiedAddsNothing() {
        AnswerDeadline deadline = extended(10, "2025-07-25", null);
        assertEquals(0, deadline.extensionWorkingDays());
        assertEquals(PLAIN_DUE, deadline.due());
        assertTrue(deadline.extensionProblem().contains("告知"), deadline.extensionProblem());
    }

    // ---- the edge of the calendar ----

    @Test
    void aDueDateRunningInto2027IsIncompleteAndNamesTheYear() {
        // After Fri 2026-12-18 there are only 9 working days left in 2026 (21-25, 28-31).
        Request r = inPerson(d("2026-12-18"));
        AnswerDeadline deadline = compute(r, "2026-12-21");
        assertEquals(State.INCOMPLETE, deadline.state());
        assertEquals(d("2026-12-18"), deadline.receivedOn());
        assertNull(deadline.due());
        assertTrue(deadline.missing().contains("2027"), deadline.missing());

        CalendarNotCoveredException e = assertThrows(CalendarNotCoveredException.class,
                () -> CLOCK.computeStrict(r, d("2026-12-21")));
        assertEquals(2027, e.year());
    }

    @Test
    void aConsultationAnsweredIn2026DoesNotNeedThe2027Calendar() {
        // Received Fri 2026-11-20; plain due 12-18 (11-23..27, 11-30..12-04, 12-07..11, 12-14..18).
        // Consulted Thu 12-17, reply Fri 12-18: one paused day, so the due date is Mon 12-21. The party's own
        // 15 working days would end in 2027, but the reply came long before, so 2027 does not matter.
        Request r = inPerson(d("2026-11-20"));
        r.getConsultations().add(new Consultation(ConsultedParty.THIRD_PARTY, d("2026-12-17"), d("2026-12-17"), d("2026-12-18")));
        AnswerDeadline deadline = CLOCK.computeStrict(r, d("2026-12-18"));
        assertEquals(State.RUNNING, deadline.state());
        assertEquals(1, deadline.pausedWorkingDays());
        assertNull(deadline.pauses().get(0).limitedTo());
        assertEquals(d("2026-12-21"), deadline.due());
    }

    @Test
    void aFeePaidIn2026DoesNotNeedThe2027Calendar() {
        // Received Fri 2026-11-20. Fee notice Thu 12-10, received Fri 12-11, paid Tue 12-15: paused 11, 14, 15.
        // Unpaused working days: 11-23..12-10 (14), 16, 17, 18, 21, 22, 23 (20). The 20 days to pay would end in 2027.
        Request r = inPerson(d("2026-11-20"));
        r.setFee(fee("2026-12-10", "2026-12-11", "2026-12-15"));
        AnswerDeadline deadline = CLOCK.computeStrict(r, d("2026-12-16"));
        assertEquals(State.RUNNING, deadline.state());
        assertEquals(3, deadline.pausedWorkingDays());
        assertEquals(d("2026-12-23"), deadline.due());
    }

    @Test
    void anUnpaidFeeWhoseTimeToPayIsNotOverIsNotAbandonedEvenWhenThatTimeEndsIn2027() {
        Request r = inPerson(d("2026-11-20"));
        r.setFee(fee("2026-12-10", "2026-12-11", null));
        // Paused so far: 11, 14, 15, 16 (to asOf). Unpaused: 11-23..12-10 (14), 17, 18, 21, 22, 23, 24 (20).
        AnswerDeadline deadline = CLOCK.computeStrict(r, d("2026-12-16"));
        assertEquals(State.RUNNING, deadline.state());
        assertEquals(4, deadline.pausedWorkingDays());
        assertEquals(d("2026-12-24"), deadline.due());
    }

    @Test
    void anotherAgencyConsultedHasNoLimitSoItsWholeWaitIsNotCounted() {
        Request r = inPerson(RECEIVED);
        r.getConsultations().add(new Consultation(ConsultedParty.OTHER_AGENCY, d("2025-07-07"), d("2025-07-07"), d("2025-08-05")));
        AnswerDeadline deadline = compute(r, "2025-08-06");
        Pause p = deadline.pauses().get(0);
        assertNull(p.limitedTo(), "第三十三条第三款 sets other agencies no limit");
        assertEquals(d("2025-08-05"), p.to());
        assertTrue(p.reason().contains("第三十三条第三款"), p.reason());
    }

    @Test
    void aFeeTheBandsDoNotAllowPausesNothingAndNeverMakesTheRequestAbandoned() {
        Request r = inPerson(RECEIVED);
        Fee f = fee("2025-07-08", "2025-07-08", null);
        f.setRequestsInMonth(3); // the 3rd request of the month is free: charging 100 yuan is unlawful
        r.setFee(f);
        AnswerDeadline deadline = compute(r, "2025-09-30");
        assertEquals(List.of(), deadline.pauses());
        assertEquals(State.RUNNING, deadline.state());
        assertEquals(CalendarFiles.calendar().addWorkingDays(RECEIVED, 20), deadline.due());
        assertTrue(deadline.notCounted().get(0).contains("不符合"), deadline.notCounted().toString());
    }

    @Test
    void aFeeWhoseCountIsUnknownLeavesTheDeadlineIncompleteRatherThanGuessed() {
        Request r = inPerson(RECEIVED);
        Fee f = fee("2025-07-08", "2025-07-08", null);
        f.setRequestsInMonth(null);
        r.setFee(f);
        AnswerDeadline deadline = compute(r, "2025-07-20");
        assertEquals(State.INCOMPLETE, deadline.state());
        assertTrue(deadline.missing().contains("requestsInMonth"), deadline.missing());
    }

    @Test
    void aLetterConfirmedLateIsReceivedOnTheDayItArrived() {
        Request r = new Request("r1", "u1", Channel.POST_UNSIGNED, null);
        r.setLetterArrivedOn(d("2025-07-01"));
        r.setConfirmedOn(d("2025-07-04"));
        AnswerClock.Receipt receipt = CLOCK.receipt(r, d("2025-07-10"));
        assertEquals(d("2025-07-01"), receipt.date());
        assertTrue(receipt.isConfirmedLateOn(d("2025-07-10")));
    }

    @Test
    void anOnlineRequestNeverConfirmedIsReceivedOnTheDayTheConfirmationWasOwedOnceThatDayHasPassed() {
        Request r = new Request("r1", "u1", Channel.ONLINE, d("2025-07-04")); // Friday: owed Monday 07-07
        assertNull(CLOCK.receipt(r, d("2025-07-07")).date(), "not yet owed: awaiting confirmation");
        assertEquals(d("2025-07-07"), CLOCK.receipt(r, d("2025-07-07")).confirmationOwedOn());
        assertEquals(d("2025-07-07"), CLOCK.receipt(r, d("2025-07-08")).date());
        assertTrue(CLOCK.receipt(r, d("2025-07-08")).isConfirmedLateOn(d("2025-07-08")));
    }

    @Test
    void aLateCorrectionNoticeNeitherStopsNorRestartsTheClock() {
        Request r = inPerson(RECEIVED);
        r.setCorrectionNoticeOn(d("2025-07-15")); // 7 working days from 07-01 end 07-10
        r.setCorrectedRequestReceivedOn(d("2025-07-20"));
        AnswerDeadline deadline = compute(r, "2025-07-22");
        assertEquals(RECEIVED, deadline.clockStart());
        assertEquals(CalendarFiles.calendar().addWorkingDays(RECEIVED, 20), deadline.due());
        assertEquals(State.RUNNING, deadline.state());
    }

    @Test
    void anExtensionApprovedByAnyoneButTheHeadOfTheDisclosureOfficeIsNotValid() {
        Request r = inPerson(RECEIVED);
        Extension e = new Extension();
        e.setWorkingDays(10);
        e.setApprovedBy("局办公室主任");
        e.setApprovedOn(d("2025-07-20"));
        e.setNotifiedOn(d("2025-07-21"));
        r.setExtension(e);
        AnswerDeadline deadline = compute(r, "2025-07-22");
        assertEquals(0, deadline.extensionWorkingDays());
        assertTrue(deadline.extensionProblem().contains("不是政府信息公开工作机构负责人"), deadline.extensionProblem());
        e.setApprovedBy("区政务公开办负责人");
        assertEquals(10, compute(r, "2025-07-22").extensionWorkingDays());
    }

    @Test
    void aLateFeeNoticeStopsNothingEvenWhenTheBandsCannotBeChecked() {
        Request r = inPerson(RECEIVED);
        Fee f = fee("2025-08-05", "2025-08-05", null); // after the due date 07-29
        f.setRequestsInMonth(null);
        r.setFee(f);
        AnswerDeadline deadline = compute(r, "2025-09-30");
        assertEquals(State.RUNNING, deadline.state(), "the rank is not needed to know a late notice pauses nothing");
        assertEquals(List.of(), deadline.pauses());
        assertTrue(deadline.notCounted().get(0).contains("晚于答复期限"), deadline.notCounted().toString());
    }
}
