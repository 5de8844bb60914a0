package org.zwgk.rules.engine;

import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.Fee;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Subject;
import org.zwgk.rules.fees.FeeCalculator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The information-processing fee charged on one request, beside what the fee source's scales allow for it: amounts,
 * counts and dates only. Inserted once per request with a fee before the rules fire ({@link Derivers#FEES}); the fee
 * rules (FEE, OGI-42 and the local plans that require fees to follow the 办法) match it with plain patterns, e.g.
 * {@code FeeAssessment( request == $r, perRequestCharged, byQuantityCharged )}, and say in their own words what is
 * wrong. A standard counts as applied when its amount is above zero. Amounts are in yuan.
 *
 * @param request           the request
 * @param perRequestAmount  charged by the 按件 standard, or {@code null}
 * @param rankInMonth       the request's rank among the applicant's requests to the unit this month, or {@code null}
 * @param perRequestAllowed what the 按件 scale allows for that rank, or {@code null} if not applied or the rank is unknown
 * @param byQuantityAmount  charged by the 按量 standard, or {@code null}
 * @param pages             pages provided, or {@code null}
 * @param byQuantityAllowed what the 按量 scale allows for those pages, or {@code null} if not applied or pages unknown
 * @param noticeOn          the day the fee notice was sent, or {@code null}
 * @param answerDue         the answer due date the notice had to meet (with a valid extension), or {@code null}
 *                          (no notice, the clock has not started, or the facts lack what the clock needs)
 * @param originalDue       the answer due date without extension, or {@code null}
 * @param missing           what the facts lack to judge the fee
 * @param clockMissing      what the request clock lacks (with {@link Missing#ANSWER_DUE}), else {@code null}
 */
public record FeeAssessment(Request request, BigDecimal perRequestAmount, Integer rankInMonth, BigDecimal perRequestAllowed,
                            BigDecimal byQuantityAmount, Integer pages, BigDecimal byQuantityAllowed, LocalDate noticeOn,
                            LocalDate answerDue, LocalDate originalDue, Set<Missing> missing, String clockMissing)
        implements DerivedFrom {

    public FeeAssessment {
        missing = missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
    }

    /** What the facts lack to judge a fee. */
    public enum Missing {
        /** 按件 applied, but the request's rank in the applicant's month is unknown (applicant, receipt date or fee.requestsInMonth). */
        RANK,
        /** 按量 applied, but fee.pages is not recorded. */
        PAGES,
        /** A fee was charged, but fee.noticeOn is not recorded. */
        NOTICE_DATE,
        /** The answer due date the notice had to meet cannot be computed (see {@code clockMissing}). */
        ANSWER_DUE
    }

    /**
     * Assesses {@code r}'s fee.
     *
     * @param rank     the request's rank in the applicant's month, or {@code null} if unknown
     * @param deadline the request's answer deadline; only read when a notice date is recorded
     */
    static FeeAssessment of(Request r, Integer rank, FeeCalculator fees, Supplier<AnswerDeadline> deadline) {
        Fee fee = r.getFee();
        if (fee == null) {
            return new FeeAssessment(r, null, rank, null, null, null, null, null, null, null, Set.of(), null);
        }
        BigDecimal perRequest = fee.getPerRequestAmount();
        BigDecimal byQuantity = fee.getByQuantityAmount();
        Set<Missing> missing = EnumSet.noneOf(Missing.class);
        BigDecimal perRequestAllowed = null;
        if (positive(perRequest)) {
            if (rank == null) {
                missing.add(Missing.RANK);
            } else {
                perRequestAllowed = BigDecimal.valueOf(fees.perRequestFeeOf(Math.min(rank, FeeCalculator.MAX_REQUESTS)));
            }
        }
        BigDecimal byQuantityAllowed = null;
        if (positive(byQuantity)) {
            if (fee.getPages() == null) {
                missing.add(Missing.PAGES);
            } else {
                byQuantityAllowed = BigDecimal.valueOf(fees.byQuantity(fee.getPages()));
            }
        }
        LocalDate answerDue = null;
        LocalDate originalDue = null;
        String clockMissing = null;
        if (positive(perRequest) || positive(byQuantity)) {
            if (fee.getNoticeOn() == null) {
                missing.add(Missing.NOTICE_DATE);
            } else {
                AnswerDeadline d = deadline.get();
                if (d.state() == AnswerDeadline.State.INCOMPLETE) {
                    missing.add(Missing.ANSWER_DUE);
                    clockMissing = d.missing();
                } else if (d.due() != null) {
                    answerDue = d.due();
                    originalDue = d.originalDue();
                }
                // AWAITING_CORRECTION: the answer period has not started, so there is no due date to meet.
            }
        }
        return new FeeAssessment(r, perRequest, rank, perRequestAllowed, byQuantity, fee.getPages(), byQuantityAllowed,
                fee.getNoticeOn(), answerDue, originalDue, missing, clockMissing);
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

    /** Whether the facts lack {@code m}. */
    public boolean lacks(Missing m) {
        return missing.contains(m);
    }

    /** The 按件 amount as written (no trailing zeros), or {@code null}. */
    public String perRequestYuan() {
        return yuan(perRequestAmount);
    }

    /** The 按量 amount as written (no trailing zeros), or {@code null}. */
    public String byQuantityYuan() {
        return yuan(byQuantityAmount);
    }

    /** The 按件 allowed amount as written, or {@code null}. */
    public String perRequestAllowedYuan() {
        return yuan(perRequestAllowed);
    }

    /** The 按量 allowed amount as written, or {@code null}. */
    public String byQuantityAllowedYuan() {
        return yuan(byQuantityAllowed);
    }





    private static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }

    private static String yuan(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    /** The request this fact is derived from. */
    @Override
    public Subject derivedFrom() {
        return request;
    }
}
