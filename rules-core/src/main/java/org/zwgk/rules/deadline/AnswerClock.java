package org.zwgk.rules.deadline;

import org.zwgk.rules.calendar.CalendarNotCoveredException;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.facts.Consultation;
import org.zwgk.rules.facts.ConsultedParty;
import org.zwgk.rules.facts.Extension;
import org.zwgk.rules.facts.Fee;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.fees.FeeCalculator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes a request's answer deadline as 《政府信息公开条例》 sets it:
 * <ul>
 *   <li>the date of receipt by channel (第三十一条); where a confirmation is owed (an ordinary letter: the day it
 *       arrives; online or fax: within {@code confirmation-working-days} of submission) and comes late or never, the
 *       day it was owed counts, so no agency gains time from its own lapse;</li>
 *   <li>a corrected request restarts the period from its receipt (第三十条), but only if the applicant was asked to
 *       correct it within the 7 working days: a late notice neither stops nor restarts the clock;</li>
 *   <li>20 working days from receipt, the start day not counted (第三十三条第二款);</li>
 *   <li>the time spent consulting a third party or another agency is not counted (第三十三条第三款); a third party
 *       (第三十二条) and an agency that made the information jointly (第三十四条) have 15 working days, after which the
 *       time counts again; other agencies have no limit in the Regulation;</li>
 *   <li>the wait for a fee to be paid is not counted (国办函〔2020〕109号, a parameter), up to the applicant's 20 working
 *       days to pay, and only for a notice sent within the answer period for a charge the bands allow;</li>
 *   <li>an extension adds at most 20 working days, and only if approved by the head of the disclosure office and
 *       notified, both by the original due date.</li>
 * </ul>
 * Paused days are removed from the count one by one, so overlapping pauses are never counted twice.
 * Immutable and thread-safe.
 */
public final class AnswerClock {
    private final WorkingDayCalendar calendar;
    private final DeadlineRules rules;
    private final FeeCalculator fees;
    /** The parameters a request's own numbers are read from on its date, or {@code null}: {@link #rules} for all. */
    private final org.zwgk.rules.engine.Params params;
    private final java.util.concurrent.ConcurrentMap<LocalDate, AnswerClock> byDate = new java.util.concurrent.ConcurrentHashMap<>();

    /** A clock of fixed numbers and bands, whatever a request's date. */
    public AnswerClock(WorkingDayCalendar calendar, DeadlineRules rules, FeeCalculator fees) {
        this(calendar, rules, fees, null);
    }

    private AnswerClock(WorkingDayCalendar calendar, DeadlineRules rules, FeeCalculator fees, org.zwgk.rules.engine.Params params) {
        this.calendar = calendar;
        this.rules = rules;
        this.fees = fees;
        this.params = params;
    }

    /**
     * A clock that counts each request with the numbers and fee bands in force on the request's own date (its
     * submission, or failing that its first arrival date; see {@link Request#referenceDate()}), read from the OGI and
     * FEE sources' dated parameters. {@link #rules()} and {@link #fees()} are the latest.
     */
    public static AnswerClock dated(WorkingDayCalendar calendar, org.zwgk.rules.engine.Params params) {
        org.zwgk.rules.engine.Params latest = params.on(null);
        return new AnswerClock(calendar, DeadlineRules.from(latest),
                new FeeCalculator(org.zwgk.rules.fees.FeeSchedule.from(latest)), latest);
    }

    /** The numbers of the clock (the latest, for a dated clock). */
    public DeadlineRules rules() {
        return rules;
    }

    /** The fee bands of the clock (the latest, for a dated clock). */
    public FeeCalculator fees() {
        return fees;
    }

    /** The clock that counts {@code r}: this one, or for a dated clock the one of the numbers in force on r's date. */
    public AnswerClock forRequest(Request r) {
        if (params == null) {
            return this;
        }
        LocalDate date = r.referenceDate();
        if (date == null) { // no date of its own: the latest numbers
            return byDate.computeIfAbsent(LocalDate.MAX, d -> new AnswerClock(calendar, rules, fees, null));
        }
        return byDate.computeIfAbsent(date, d -> {
            org.zwgk.rules.engine.Params on = params.on(d).orFirst();
            return new AnswerClock(calendar, DeadlineRules.from(on), new FeeCalculator(org.zwgk.rules.fees.FeeSchedule.from(on)), null);
        });
    }

    /**
     * The date of receipt by channel (OGI-31) as it stands on {@code asOf}.
     *
     * @throws CalendarNotCoveredException if the day a confirmation was owed lies in a year the calendar lacks
     */
    public Receipt receipt(Request r, LocalDate asOf) {
        if (params != null) {
            return forRequest(r).receipt(r, asOf);
        }
        if (r.getChannel() == null) {
            return missing("channel（申请方式）");
        }
        return switch (r.getChannel()) {
            case IN_PERSON -> r.getSubmittedOn() == null ? missing("submittedOn（提交日期）")
                    : new Receipt(r.getSubmittedOn(), "当面提交之日（第三十一条第一项）", null, null, null);
            case POST_SIGNED -> r.getSignedForOn() == null ? missing("signedForOn（签收日期）")
                    : new Receipt(r.getSignedForOn(), "行政机关签收之日（第三十一条第二项）", null, null, null);
            case POST_UNSIGNED -> letter(r, asOf);
            case ONLINE, FAX -> online(r, asOf);
        };
    }

    /** An ordinary letter: confirmed with the applicant on the day it arrives; a later confirmation does not move receipt. */
    private static Receipt letter(Request r, LocalDate asOf) {
        LocalDate arrived = r.getLetterArrivedOn();
        LocalDate confirmed = r.getConfirmedOn();
        if (arrived == null) {
            return confirmed == null ? missing("letterArrivedOn（信函收到日期）或confirmedOn（确认日期）")
                    : new Receipt(confirmed, "与申请人确认之日（第三十一条第二项；信函收到日未记录）", null, null, confirmed);
        }
        if (confirmed != null && !confirmed.isAfter(arrived)) {
            return new Receipt(confirmed, "与申请人确认之日（第三十一条第二项）", null, arrived, confirmed);
        }
        String basis = confirmed != null ? "应当确认之日即信函收到之日（第三十一条第二项；" + confirmed + "才确认，迟延确认不推后收到申请之日）"
                : asOf.isAfter(arrived) ? "应当确认之日即信函收到之日（第三十一条第二项；至今未确认）"
                : "信函收到之日（第三十一条第二项；应于当日确认）";
        return new Receipt(arrived, basis, null, arrived, confirmed);
    }

    /** Online or fax: both sides confirm; owed within confirmation-working-days of submission (a parameter of ours). */
    private Receipt online(Request r, LocalDate asOf) {
        LocalDate confirmed = r.getConfirmedOn();
        if (r.getSubmittedOn() == null) {
            return confirmed == null ? missing("confirmedOn（确认日期）")
                    : new Receipt(confirmed, "双方确认之日（第三十一条第三项）", null, null, confirmed);
        }
        LocalDate owed = calendar.addWorkingDays(r.getSubmittedOn(), rules.confirmationWorkingDays());
        if (confirmed != null && !confirmed.isAfter(owed)) {
            return new Receipt(confirmed, "双方确认之日（第三十一条第三项）", null, owed, confirmed);
        }
        if (confirmed != null) {
            return new Receipt(owed, "应当确认之日（第三十一条第三项；提交后" + rules.confirmationWorkingDays() + "个工作日内应确认，"
                    + confirmed + "才确认，迟延确认不推后收到申请之日）", null, owed, confirmed);
        }
        if (asOf.isAfter(owed)) {
            return new Receipt(owed, "应当确认之日（第三十一条第三项；提交后" + rules.confirmationWorkingDays() + "个工作日内应确认，至今未确认）",
                    null, owed, null);
        }
        return new Receipt(null, null, "confirmedOn（确认日期）：待双方确认，最迟应于" + owed + "确认", owed, null);
    }

    private static Receipt missing(String field) {
        return new Receipt(null, null, field, null, null);
    }

    /**
     * @param date               the date of receipt, or {@code null}
     * @param basis              how it was determined
     * @param missing            what the facts lack (or await) to determine it
     * @param confirmationOwedOn the last day a confirmation with the applicant was due (an ordinary letter: the day it
     *                           arrived; online or fax: the parameter's working days after submission), or {@code null}
     *                           where the channel needs none or the day is unknown
     * @param confirmedOn        the day it was confirmed, or {@code null}
     */
    public record Receipt(LocalDate date, String basis, String missing, LocalDate confirmationOwedOn, LocalDate confirmedOn) {

        /** Whether the confirmation came after the day it was owed, or has not come and that day is past. */
        public boolean isConfirmedLateOn(LocalDate asOf) {
            return confirmationOwedOn != null && (confirmedOn != null ? confirmedOn.isAfter(confirmationOwedOn)
                    : asOf.isAfter(confirmationOwedOn));
        }

        public LocalDate getDate() {
            return date;
        }

        public LocalDate getConfirmationOwedOn() {
            return confirmationOwedOn;
        }

        public LocalDate getConfirmedOn() {
            return confirmedOn;
        }
    }

    /**
     * The deadline of {@code r} as it stands on {@code asOf}, the rank of a per-request fee read from the fee's own
     * {@code requestsInMonth}. A calendar gap is not thrown: the deadline is INCOMPLETE and {@code missing} names the
     * year.
     */
    public AnswerDeadline compute(Request r, LocalDate asOf) {
        return compute(r, asOf, r.getFee() == null ? null : r.getFee().getRequestsInMonth());
    }

    /** As {@link #compute(Request, LocalDate)}, with the request's rank in the applicant's month (按件) given. */
    public AnswerDeadline compute(Request r, LocalDate asOf, Integer rankInMonth) {
        try {
            return computeStrict(r, asOf, rankInMonth);
        } catch (CalendarNotCoveredException e) {
            Receipt receipt;
            try {
                receipt = receipt(r, asOf);
            } catch (CalendarNotCoveredException again) {
                receipt = missing(e.getMessage());
            }
            return incomplete(r, receipt, e.getMessage());
        }
    }

    /**
     * As {@link #compute(Request, LocalDate)}, but a date in a year the calendar does not cover throws.
     *
     * @throws CalendarNotCoveredException naming the year
     */
    public AnswerDeadline computeStrict(Request r, LocalDate asOf) {
        return computeStrict(r, asOf, r.getFee() == null ? null : r.getFee().getRequestsInMonth());
    }

    /**
     * As {@link #compute(Request, LocalDate, Integer)}, but a date in a year the calendar does not cover throws.
     *
     * @throws CalendarNotCoveredException naming the year
     */
    public AnswerDeadline computeStrict(Request r, LocalDate asOf, Integer rankInMonth) {
        if (params != null) {
            return forRequest(r).computeStrict(r, asOf, rankInMonth);
        }
        Receipt receipt = receipt(r, asOf);
        if (receipt.date() == null) {
            return incomplete(r, receipt, "缺少" + receipt.missing() + "，无法确定收到申请之日");
        }
        List<String> notCounted = new ArrayList<>();
        LocalDate start = receipt.date();
        String startBasis = receipt.basis();
        if (r.getCorrectionNoticeOn() != null) {
            LocalDate noticeDue = calendar.addWorkingDays(receipt.date(), rules.correctionNoticeWorkingDays());
            if (r.getCorrectionNoticeOn().isAfter(noticeDue)) {
                notCounted.add("补正告知于" + r.getCorrectionNoticeOn() + "发出，晚于收到申请之日起" + rules.correctionNoticeWorkingDays()
                        + "个工作日（" + noticeDue + "），不中止也不重新计算答复期限（第三十条）");
            } else if (r.getCorrectedRequestReceivedOn() != null) {
                start = r.getCorrectedRequestReceivedOn();
                startBasis = "收到补正申请之日（第三十条）";
            } else if (r.getAnsweredOn() == null) {
                return new AnswerDeadline(r.getId(), AnswerDeadline.State.AWAITING_CORRECTION, receipt.date(), receipt.basis(),
                        null, "已告知补正，答复期限自收到补正申请之日起计算（第三十条）", List.of(), 0, null, 0, null, null,
                        null, null, null, List.of());
            }
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
            String reason = switch (c.getParty()) {
                case THIRD_PARTY -> "征求第三方意见（第三十二条、第三十三条第三款）";
                case JOINT_AGENCY -> "征求共同制作机关意见（第三十四条、第三十三条第三款）";
                case OTHER_AGENCY -> "征求其他机关意见（第三十三条第三款）";
            };
            // 第三十二条 and 第三十四条 give the consulted party 15 working days; 第三十三条第三款 sets other agencies none.
            LocalDate limit = c.getParty() == ConsultedParty.OTHER_AGENCY ? null
                    : reachedBy(counted, rules.consultationWorkingDays(), end);
            // The first and last day of a consultation are readings, parameters of the source: by default the
            // sending day still counts and the reply day does not.
            LocalDate pausedFrom = rules.consultationSendDayPaused() ? c.getSentOn().minusDays(1) : c.getSentOn();
            LocalDate pausedTo = c.getRepliedOn() != null && !rules.consultationReplyDayPaused() ? end.minusDays(1) : end;
            AnswerDeadline.Pause p = pause(AnswerDeadline.Pause.Kind.CONSULTATION, reason, pausedFrom, pausedTo, limit, paused);
            pauses.add(new AnswerDeadline.Pause(p.kind(), p.reason(), c.getSentOn(), p.to().isBefore(c.getSentOn()) ? c.getSentOn() : p.to(),
                    p.limitedTo(), p.workingDays()));
        }

        Extension ext = r.getExtension();
        boolean abandoned = false;
        Fee fee = r.getFee();
        if (fee != null && fee.getNoticeOn() != null) {
            // The notice must be lawful (a charge the bands allow) and timely (within the answer period as it stands
            // without the fee wait): otherwise the agency would gain time from its own lapse.
            LocalDate dueWithoutFee = step(step(start, rules.answerWorkingDays(), paused),
                    validExtensionDays(ext, step(start, rules.answerWorkingDays(), paused), new ArrayList<>()), paused);
            // A late notice stops nothing whatever it charges; only a timely one needs the bands checked.
            boolean late = fee.getNoticeOn().isAfter(dueWithoutFee);
            Boolean allowed = late ? null : fees.allows(fee, rankInMonth);
            if (!late && allowed == null) {
                return incomplete(r, receipt, "无法核对所收信息处理费是否符合标准（按件须知申请人当月第几件申请：fee.requestsInMonth或申请人与收到日期；"
                        + "按量须知fee.pages），不能确定等待缴费期间是否计入答复期限");
            }
            if (late) {
                notCounted.add("收费通知于" + fee.getNoticeOn() + "发出，晚于答复期限" + dueWithoutFee + "，等待缴费期间计入答复期限");
            } else if (!allowed) {
                notCounted.add("收费通知所收费用不符合《政府信息公开信息处理费管理办法》的标准，等待缴费期间计入答复期限");
            } else {
                LocalDate counted = fee.getNoticeReceivedOn() != null ? fee.getNoticeReceivedOn() : fee.getNoticeOn();
                LocalDate end = fee.getPaidOn() != null ? fee.getPaidOn() : horizon;
                if (rules.feeWaitPausesClock()) {
                    LocalDate limit = reachedBy(counted, rules.feePaymentWorkingDays(), end);
                    pauses.add(pause(AnswerDeadline.Pause.Kind.FEE, "等待申请人缴纳信息处理费（国办函〔2020〕109号）", fee.getNoticeOn(), end, limit, paused));
                }
                if (fee.getPaidOn() == null && r.getAnsweredOn() == null) {
                    LocalDate limit = reachedBy(counted, rules.feePaymentWorkingDays(), asOf);
                    abandoned = limit != null && asOf.isAfter(limit);
                }
            }
        }

        LocalDate originalDue = step(start, rules.answerWorkingDays(), paused);
        List<String> problems = new ArrayList<>();
        int extensionDays = validExtensionDays(ext, originalDue, problems);
        String extensionProblem = problems.isEmpty() ? null : String.join("；", problems);
        LocalDate due = step(originalDue, extensionDays, paused);

        LocalDate clockStart = start;
        int pausedInPeriod = (int) paused.stream().filter(d -> d.isAfter(clockStart) && !d.isAfter(due)).count();
        LocalDate reference = r.getAnsweredOn() != null ? r.getAnsweredOn() : asOf;
        int left = calendar.workingDaysBetween(reference, due);
        AnswerDeadline.State state = r.getAnsweredOn() != null ? AnswerDeadline.State.ANSWERED
                : abandoned ? AnswerDeadline.State.ABANDONED : AnswerDeadline.State.RUNNING;
        return new AnswerDeadline(r.getId(), state, receipt.date(), receipt.basis(), start, startBasis, pauses,
                pausedInPeriod, originalDue, extensionDays, extensionProblem, due, r.getAnsweredOn(), left, null, notCounted);
    }

    /**
     * The working days a recorded extension adds: at most the maximum, and none unless approved by the head of the
     * disclosure office and notified to the applicant, both by the original due date. Each problem is added to
     * {@code problems} (an extension over the maximum is one, though its first days count).
     */
    private int validExtensionDays(Extension ext, LocalDate originalDue, List<String> problems) {
        if (ext == null) {
            return 0;
        }
        int before = problems.size();
        Integer days = ext.getWorkingDays();
        if (days == null || days <= 0) {
            problems.add("延长天数缺失或不为正数");
        }
        if (ext.getApprovedOn() == null) {
            problems.add("延期未经政府信息公开工作机构负责人同意");
        } else if (ext.getApprovedOn().isAfter(originalDue)) {
            problems.add("延期在原答复期限" + originalDue + "届满后才经同意");
        }
        if (ext.getApprovedBy() != null && !rules.isDisclosureOfficeHead(ext.getApprovedBy())) {
            problems.add("延期由" + ext.getApprovedBy() + "同意，不是政府信息公开工作机构负责人");
        }
        if (ext.getNotifiedOn() == null) {
            problems.add("延期未告知申请人");
        } else if (ext.getNotifiedOn().isAfter(originalDue)) {
            problems.add("延期告知晚于原答复期限" + originalDue);
        }
        boolean valid = problems.size() == before;
        if (days != null && days > rules.maxExtensionWorkingDays()) {
            problems.add("延长" + days + "个工作日，超过最长" + rules.maxExtensionWorkingDays() + "个工作日");
        }
        return valid ? Math.min(days, rules.maxExtensionWorkingDays()) : 0;
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
    private AnswerDeadline.Pause pause(AnswerDeadline.Pause.Kind kind, String reason, LocalDate from, LocalDate end, LocalDate limit, Set<LocalDate> paused) {
        boolean limited = limit != null && end.isAfter(limit);
        LocalDate to = limited ? limit : end;
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                paused.add(d);
                n++;
            }
        }
        return new AnswerDeadline.Pause(kind, reason, from, to.isBefore(from) ? from : to, limited ? limit : null, n);
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
                List.of(), 0, null, 0, null, null, r.getAnsweredOn(), null, missing, List.of());
    }
}
