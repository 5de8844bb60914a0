package org.zwgk.rules.deadline;

import org.zwgk.rules.calendar.CalendarNotCoveredException;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.facts.Consultation;
import org.zwgk.rules.facts.ConsultedParty;
import org.zwgk.rules.facts.Extension;
import org.zwgk.rules.facts.Fee;
import org.zwgk.rules.facts.Request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes a request's answer deadline as 《政府信息公开条例》 sets it:
 * <ul>
 *   <li>the date of receipt by channel (第三十一条);</li>
 *   <li>a corrected request restarts the period from its receipt (第三十条);</li>
 *   <li>20 working days from receipt, the start day not counted (第三十三条第二款);</li>
 *   <li>the time spent consulting a third party or another agency is not counted (第三十三条第三款), but only up to
 *       the consulted party's own 15 working days (第三十二条, 第三十四条);</li>
 *   <li>the wait for a fee to be paid is not counted, up to the 20 working days the applicant has to pay (FEE);</li>
 *   <li>an extension adds at most 20 working days, and only if approved and notified by the original due date.</li>
 * </ul>
 * Paused days are removed from the count one by one, so overlapping pauses are never counted twice.
 * Immutable and thread-safe.
 */
public final class AnswerClock {
    private final WorkingDayCalendar calendar;
    private final DeadlineRules rules;

    public AnswerClock(WorkingDayCalendar calendar, DeadlineRules rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    public DeadlineRules rules() {
        return rules;
    }

    /** The date of receipt by channel (OGI-31). */
    public Receipt receipt(Request r) {
        if (r.getChannel() == null) {
            return new Receipt(null, null, "channel（申请方式）");
        }
        return switch (r.getChannel()) {
            case IN_PERSON -> receipt(r.getSubmittedOn(), "当面提交之日（第三十一条第一项）", "submittedOn（提交日期）");
            case POST_SIGNED -> receipt(r.getSignedForOn(), "行政机关签收之日（第三十一条第二项）", "signedForOn（签收日期）");
            case POST_UNSIGNED -> receipt(r.getConfirmedOn(), "与申请人确认之日（第三十一条第二项）", "confirmedOn（确认日期）");
            case ONLINE, FAX -> receipt(r.getConfirmedOn(), "双方确认之日（第三十一条第三项）", "confirmedOn（确认日期）");
        };
    }

    private static Receipt receipt(LocalDate d, String basis, String field) {
        return d == null ? new Receipt(null, null, field) : new Receipt(d, basis, null);
    }

    /**
     * @param date    the date of receipt, or {@code null}
     * @param basis   how it was determined
     * @param missing the field the channel needs and the facts lack
     */
    public record Receipt(LocalDate date, String basis, String missing) {
    }

    /**
     * The deadline of {@code r} as it stands on {@code asOf}. A calendar gap is not thrown: the deadline is
     * INCOMPLETE and {@code missing} names the year.
     */
    public AnswerDeadline compute(Request r, LocalDate asOf) {
        try {
            return computeStrict(r, asOf);
        } catch (CalendarNotCoveredException e) {
            return incomplete(r, receipt(r), e.getMessage());
        }
    }

    /**
     * As {@link #compute}, but a date in a year the calendar does not cover throws.
     *
     * @throws CalendarNotCoveredException naming the year
     */
    public AnswerDeadline computeStrict(Request r, LocalDate asOf) {
        Receipt receipt = receipt(r);
        if (receipt.date() == null) {
            return incomplete(r, receipt, "缺少" + receipt.missing() + "，无法确定收到申请之日");
        }
        LocalDate start = receipt.date();
        String startBasis = receipt.basis();
        if (r.getCorrectedRequestReceivedOn() != null) {
            start = r.getCorrectedRequestReceivedOn();
            startBasis = "收到补正申请之日（第三十条）";
        } else if (r.getCorrectionNoticeOn() != null && r.getAnsweredOn() == null) {
            return new AnswerDeadline(r.getId(), AnswerDeadline.State.AWAITING_CORRECTION, receipt.date(), receipt.basis(),
                    null, "已告知补正，答复期限自收到补正申请之日起计算（第三十条）", List.of(), 0, null, 0, null, null,
                    null, null, null);
        }

        // Pauses run at most until the answer, or until the evaluation date while still waiting.
        LocalDate horizon = r.getAnsweredOn() != null ? r.getAnsweredOn() : asOf;
        Set<LocalDate> paused = new HashSet<>();
        List<AnswerDeadline.Pause> pauses = new ArrayList<>();
        for (Consultation c : r.getConsultations()) {
            if (c.getSentOn() == null) {
                continue;
            }
            LocalDate counted = c.getReceivedOn() != null ? c.getReceivedOn() : c.getSentOn();
            LocalDate end = c.getRepliedOn() != null ? c.getRepliedOn() : horizon;
            LocalDate limit = reachedBy(counted, rules.consultationWorkingDays(), end);
            String reason = c.getParty() == ConsultedParty.OTHER_AGENCY ? "征求其他机关意见（第三十四条）" : "征求第三方意见（第三十二条）";
            pauses.add(pause(reason, c.getSentOn(), end, limit, paused));
        }
        boolean abandoned = false;
        Fee fee = r.getFee();
        if (fee != null && fee.getNoticeOn() != null) {
            LocalDate counted = fee.getNoticeReceivedOn() != null ? fee.getNoticeReceivedOn() : fee.getNoticeOn();
            LocalDate end = fee.getPaidOn() != null ? fee.getPaidOn() : horizon;
            if (rules.feeWaitPausesClock()) {
                LocalDate limit = reachedBy(counted, rules.feePaymentWorkingDays(), end);
                pauses.add(pause("等待申请人缴纳信息处理费", fee.getNoticeOn(), end, limit, paused));
            }
            if (fee.getPaidOn() == null && r.getAnsweredOn() == null) {
                LocalDate limit = reachedBy(counted, rules.feePaymentWorkingDays(), asOf);
                abandoned = limit != null && asOf.isAfter(limit);
            }
        }

        LocalDate originalDue = step(start, rules.answerWorkingDays(), paused);
        Extension ext = r.getExtension();
        String extensionProblem = null;
        int extensionDays = 0;
        if (ext != null) {
            List<String> problems = new ArrayList<>();
            Integer days = ext.getWorkingDays();
            if (days == null || days <= 0) {
                problems.add("延长天数缺失或不为正数");
            }
            if (ext.getApprovedOn() == null) {
                problems.add("延期未经政府信息公开工作机构负责人同意");
            } else if (ext.getApprovedOn().isAfter(originalDue)) {
                problems.add("延期在原答复期限" + originalDue + "届满后才经同意");
            }
            if (ext.getNotifiedOn() == null) {
                problems.add("延期未告知申请人");
            } else if (ext.getNotifiedOn().isAfter(originalDue)) {
                problems.add("延期告知晚于原答复期限" + originalDue);
            }
            boolean valid = problems.isEmpty();
            if (days != null && days > rules.maxExtensionWorkingDays()) {
                problems.add("延长" + days + "个工作日，超过最长" + rules.maxExtensionWorkingDays() + "个工作日");
            }
            if (valid) {
                extensionDays = Math.min(days, rules.maxExtensionWorkingDays());
            }
            extensionProblem = problems.isEmpty() ? null : String.join("；", problems);
        }
        LocalDate due = step(originalDue, extensionDays, paused);

        LocalDate clockStart = start;
        int pausedInPeriod = (int) paused.stream().filter(d -> d.isAfter(clockStart) && !d.isAfter(due)).count();
        LocalDate reference = r.getAnsweredOn() != null ? r.getAnsweredOn() : asOf;
        int left = calendar.workingDaysBetween(reference, due);
        AnswerDeadline.State state = r.getAnsweredOn() != null ? AnswerDeadline.State.ANSWERED
                : abandoned ? AnswerDeadline.State.ABANDONED : AnswerDeadline.State.RUNNING;
        return new AnswerDeadline(r.getId(), state, receipt.date(), receipt.basis(), start, startBasis, pauses,
                pausedInPeriod, originalDue, extensionDays, extensionProblem, due, r.getAnsweredOn(), left, null);
    }

    /**
     * The end of the {@code n}-th working day after {@code from} if it is not after {@code bound}, else {@code null}.
     * A limit that lies beyond the dates a request actually reached is never computed, so it cannot demand a calendar
     * year the request does not need.
     */
    private LocalDate reachedBy(LocalDate from, int n, LocalDate bound) {
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (d.isAfter(bound)) {
                return null;
            }
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Adds the working days in {@code (from, min(end, limit)]} to {@code paused}; a {@code null} limit is not reached. */
    private AnswerDeadline.Pause pause(String reason, LocalDate from, LocalDate end, LocalDate limit, Set<LocalDate> paused) {
        boolean limited = limit != null && end.isAfter(limit);
        LocalDate to = limited ? limit : end;
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                paused.add(d);
                n++;
            }
        }
        return new AnswerDeadline.Pause(reason, from, to.isBefore(from) ? from : to, limited ? limit : null, n);
    }

    /** The {@code n}-th working day after {@code from} that is not paused. */
    private LocalDate step(LocalDate from, int n, Set<LocalDate> paused) {
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d) && !paused.contains(d)) {
                counted++;
            }
        }
        return d;
    }

    private static AnswerDeadline incomplete(Request r, Receipt receipt, String missing) {
        return new AnswerDeadline(r.getId(), AnswerDeadline.State.INCOMPLETE, receipt.date(), receipt.basis(), null, null,
                List.of(), 0, null, 0, null, null, r.getAnsweredOn(), null, missing);
    }
}
