package org.zwgk.rules.engine;

import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.Fee;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.fees.FeeCalculator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How the information-processing fee charged on one request measures up to 《政府信息公开信息处理费管理办法》
 * (国办函〔2020〕109号): the amounts charged, the amounts the published bands allow, and what is wrong or missing.
 * Rules read it through {@code ledger.fee($r)}; the same assessment serves OGI-42, FEE and the local plans that
 * require fees to follow the 办法, so the checks are written once.
 *
 * <p>A standard counts as applied when its amount is above zero. Amounts are in yuan.
 *
 * @param requestId         the request
 * @param perRequestAmount  charged by the 按件 standard, or {@code null}
 * @param rankInMonth       the request's rank among the applicant's requests to the unit this month, or {@code null}
 * @param perRequestAllowed what the 按件 bands allow for that rank, or {@code null} if not applied or the rank is unknown
 * @param byQuantityAmount  charged by the 按量 standard, or {@code null}
 * @param pages             pages provided, or {@code null}
 * @param byQuantityAllowed what the 按量 bands allow for those pages, or {@code null} if not applied or pages unknown
 * @param noticeOn          the day the fee notice was sent, or {@code null}
 * @param answerDue         the answer due date the notice had to meet (with a valid extension), or {@code null}
 * @param originalDue       the answer due date without extension, or {@code null}
 * @param problems          what breaks the 办法, one entry per breach
 * @param missingCounts     what the facts lack to work out an allowed amount (the rank, the pages)
 * @param missingDates      what the facts lack to judge the notice date
 */
public record FeeAssessment(String requestId, BigDecimal perRequestAmount, Integer rankInMonth, Long perRequestAllowed,
                            BigDecimal byQuantityAmount, Integer pages, Long byQuantityAllowed, LocalDate noticeOn,
                            LocalDate answerDue, LocalDate originalDue, List<Problem> problems,
                            List<String> missingCounts, List<String> missingDates) {

    public FeeAssessment {
        problems = List.copyOf(problems);
        missingCounts = List.copyOf(missingCounts);
        missingDates = List.copyOf(missingDates);
    }

    /** What a problem breaks. */
    public enum Check {
        /** 第三条: both standards applied to one request. */
        BOTH_STANDARDS,
        /** 第四条: 按件 amount above the band of the request's rank in the month. */
        PER_REQUEST,
        /** 第五条: 按量 amount above the bands for the pages. */
        BY_QUANTITY,
        /** The fee notice sent after the answer due date. */
        NOTICE
    }

    /**
     * One breach of the 办法.
     *
     * @param check   what it breaks
     * @param clause  the clause of the 办法, e.g. 第四条
     * @param message the finding's message, in Chinese
     * @param due     the date the duty fell due, if any
     * @param details the amounts or dates behind it
     */
    public record Problem(Check check, String clause, String message, LocalDate due, Map<String, String> details) {
        public Problem {
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }
    }

    /**
     * Assesses {@code r}'s fee.
     *
     * @param rank     {@code ledger.rankInMonth(r)}, or {@code null} if unknown
     * @param deadline the request's answer deadline; only read when a notice date is recorded
     */
    static FeeAssessment of(Request r, Integer rank, FeeCalculator fees, Supplier<AnswerDeadline> deadline) {
        Fee fee = r.getFee();
        if (fee == null) {
            return new FeeAssessment(r.getId(), null, rank, null, null, null, null, null, null, null, List.of(), List.of(), List.of());
        }
        BigDecimal perRequest = fee.getPerRequestAmount();
        BigDecimal byQuantity = fee.getByQuantityAmount();
        boolean perRequestApplied = positive(perRequest);
        boolean byQuantityApplied = positive(byQuantity);
        List<Problem> problems = new ArrayList<>();
        List<String> missingCounts = new ArrayList<>();
        List<String> missingDates = new ArrayList<>();

        if (perRequestApplied && byQuantityApplied) {
            problems.add(new Problem(Check.BOTH_STANDARDS, "第三条",
                    "同一件申请同时按件（" + yuan(perRequest) + "元）和按量（" + yuan(byQuantity) + "元）计收信息处理费，不得按两种标准重复计算",
                    null, details("按件收费（元）", yuan(perRequest), "按量收费（元）", yuan(byQuantity))));
        }

        Long perRequestAllowed = null;
        if (perRequestApplied) {
            if (rank == null) {
                missingCounts.add("按件计收须知本件是申请人当月第几件申请：缺少申请人（applicant）或收到申请之日，或fee.requestsInMonth");
            } else {
                perRequestAllowed = fees.perRequestFeeOf(rank);
                if (perRequest.compareTo(BigDecimal.valueOf(perRequestAllowed)) > 0) {
                    problems.add(new Problem(Check.PER_REQUEST, "第四条",
                            "按件收取" + yuan(perRequest) + "元，超过标准：本件为申请人当月第" + rank + "件申请，按标准"
                                    + (perRequestAllowed == 0 ? "不收费" : "每件收费" + perRequestAllowed + "元"),
                            null, details("收取金额（元）", yuan(perRequest), "标准金额（元）", String.valueOf(perRequestAllowed),
                            "当月第几件申请", String.valueOf(rank))));
                }
            }
        }

        Long byQuantityAllowed = null;
        if (byQuantityApplied) {
            if (fee.getPages() == null) {
                missingCounts.add("按量计收须知提供的页数：缺少fee.pages（页数）");
            } else {
                byQuantityAllowed = fees.byQuantity(fee.getPages());
                if (byQuantity.compareTo(BigDecimal.valueOf(byQuantityAllowed)) > 0) {
                    problems.add(new Problem(Check.BY_QUANTITY, "第五条",
                            "按量收取" + yuan(byQuantity) + "元，超过标准：" + fee.getPages() + "页按标准"
                                    + (byQuantityAllowed == 0 ? "不收费" : "收费" + byQuantityAllowed + "元"),
                            null, details("收取金额（元）", yuan(byQuantity), "标准金额（元）", String.valueOf(byQuantityAllowed),
                            "页数", String.valueOf(fee.getPages()))));
                }
            }
        }

        LocalDate answerDue = null;
        LocalDate originalDue = null;
        if (perRequestApplied || byQuantityApplied) {
            if (fee.getNoticeOn() == null) {
                missingDates.add("无法判断是否在答复期限内发出收费通知：缺少fee.noticeOn（收费通知日期）");
            } else {
                AnswerDeadline d = deadline.get();
                if (d.state() == AnswerDeadline.State.INCOMPLETE) {
                    missingDates.add("无法判断是否在答复期限内发出收费通知：" + d.missing());
                } else if (d.due() != null) {
                    answerDue = d.due();
                    originalDue = d.originalDue();
                    if (fee.getNoticeOn().isAfter(answerDue)) {
                        problems.add(new Problem(Check.NOTICE, "关于收费通知的规定，条号待核实",
                                "收费通知于" + fee.getNoticeOn() + "发出，晚于答复期限" + answerDue + "，应当在答复期限内发出",
                                answerDue, details("收费通知日", String.valueOf(fee.getNoticeOn()), "答复期限", String.valueOf(answerDue),
                                "原答复期限", answerDue.equals(originalDue) ? null : String.valueOf(originalDue))));
                    }
                }
                // AWAITING_CORRECTION: the answer period has not started, so a notice cannot be late.
            }
        }
        return new FeeAssessment(r.getId(), perRequest, rank, perRequestAllowed, byQuantity, fee.getPages(),
                byQuantityAllowed, fee.getNoticeOn(), answerDue, originalDue, problems, missingCounts, missingDates);
    }

    /** A fee was charged: an amount above zero by either standard. */
    public boolean isCharged() {
        return isPerRequestCharged() || isByQuantityCharged();
    }

    public boolean isPerRequestCharged() {
        return positive(perRequestAmount);
    }

    public boolean isByQuantityCharged() {
        return positive(byQuantityAmount);
    }

    /** OGI-42: a fee was charged, yet every standard applied allows nothing for these counts. */
    public boolean isChargedWhereNoneAllowed() {
        return isCharged() && !isFeeAllowed()
                && (!isPerRequestCharged() || perRequestAllowed != null)
                && (!isByQuantityCharged() || byQuantityAllowed != null);
    }

    /** OGI-42: a fee was charged and a standard applied allows one (the count or the pages exceed the free range). */
    public boolean isFeeAllowed() {
        return isPerRequestCharged() && perRequestAllowed != null && perRequestAllowed > 0
                || isByQuantityCharged() && byQuantityAllowed != null && byQuantityAllowed > 0;
    }

    /** OGI-42: a fee was charged but the facts lack the counts to tell whether any fee is allowed. */
    public boolean isAllowanceUnknown() {
        return isCharged() && !isFeeAllowed() && !isChargedWhereNoneAllowed();
    }

    /** A fee was charged, and nothing breaks the 办法 or is missing to judge it. */
    public boolean isCompliant() {
        return isCharged() && problems.isEmpty() && missingCounts.isEmpty() && missingDates.isEmpty();
    }

    /** A fee was charged and the facts lack something to judge it fully. */
    public boolean isIncomplete() {
        return isCharged() && !(missingCounts.isEmpty() && missingDates.isEmpty());
    }

    /** What the facts lack, as one sentence. */
    public String missingText() {
        List<String> all = new ArrayList<>(missingCounts);
        all.addAll(missingDates);
        return String.join("；", all);
    }

    /** What the facts lack to work out an allowed amount, as one sentence. */
    public String missingCountsText() {
        return String.join("；", missingCounts);
    }

    /** The amount charged, e.g. 按件100元. */
    public String chargedText() {
        List<String> parts = new ArrayList<>();
        if (isPerRequestCharged()) parts.add("按件" + yuan(perRequestAmount) + "元");
        if (isByQuantityCharged()) parts.add("按量" + yuan(byQuantityAmount) + "元");
        return String.join("、", parts);
    }

    /** The amount the bands allow for the standards applied, e.g. 按件100元（当月第11件）. */
    public String allowedText() {
        List<String> parts = new ArrayList<>();
        if (perRequestAllowed != null) parts.add("按件" + perRequestAllowed + "元（当月第" + rankInMonth + "件申请）");
        if (byQuantityAllowed != null) parts.add("按量" + byQuantityAllowed + "元（" + pages + "页）");
        return String.join("、", parts);
    }

    private static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }

    private static String yuan(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> details(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put(kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
