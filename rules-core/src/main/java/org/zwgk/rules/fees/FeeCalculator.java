package org.zwgk.rules.fees;

/**
 * The information-processing fee the bands of a {@link FeeSchedule} allow, in whole yuan: the scales come from the
 * FEE source's parameters ({@code Rulebook.fees()}), never from code. Usable on its own and by the fee rules.
 * Immutable and thread-safe.
 */
public final class FeeCalculator {
    /** Beyond this many requests of one applicant in a month the count is taken as an input error. */
    public static final int MAX_REQUESTS = 1_000_000;

    private final FeeSchedule s;

    public FeeCalculator(FeeSchedule schedule) {
        this.s = schedule;
    }

    public FeeSchedule schedule() {
        return s;
    }

    /**
     * 按件: the total fee for an applicant's {@code requests} requests in one calendar month.
     * E.g. 10 → 0, 11 → 100, 30 → 2,000, 31 → 2,200, 45 → 5,500.
     */
    public long perRequestTotal(int requests) {
        requireNonNegative(requests, "requests");
        requireAtMostMax(requests, "requests");
        return s.perRequest().total(requests);
    }

    /** 按件: the fee for the applicant's {@code n}-th request of the month alone (the 11th costs 100, the 31st 200). */
    public long perRequestFeeOf(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        requireAtMostMax(n, "n");
        return s.perRequest().rateOf(n);
    }

    /**
     * 按量: the fee for one request of {@code pages} pages.
     * E.g. 30 → 0, 31 → 10, 100 → 700, 150 → 1,700, 250 → 4,700.
     */
    public long byQuantity(int pages) {
        requireNonNegative(pages, "pages");
        return s.perPage().total(pages);
    }

    /**
     * Whether the charge recorded on {@code fee} is one the published bands allow: charged by exactly one standard, that
     * standard allows a fee for the request's rank in the month (按件) or its pages (按量), and the amount is not above
     * it. {@code FALSE} when nothing is charged, both standards are charged, the bands allow nothing or less;
     * {@code null} when the count the bands need (the rank, the pages) is unknown.
     *
     * @param rankInMonth the request's rank among the applicant's requests that month, or {@code null} if unknown
     */
    public Boolean allows(org.zwgk.rules.facts.Fee fee, Integer rankInMonth) {
        boolean perRequest = positive(fee.getPerRequestAmount());
        boolean byQuantity = positive(fee.getByQuantityAmount());
        if (perRequest == byQuantity) {
            return false; // nothing charged, or both standards at once (第三条)
        }
        if (perRequest) {
            if (rankInMonth == null || rankInMonth < 1) {
                return null;
            }
            long allowed = perRequestFeeOf(Math.min(rankInMonth, MAX_REQUESTS));
            return allowed > 0 && fee.getPerRequestAmount().compareTo(java.math.BigDecimal.valueOf(allowed)) <= 0;
        }
        if (fee.getPages() == null || fee.getPages() < 0) {
            return null;
        }
        long allowed = byQuantity(fee.getPages());
        return allowed > 0 && fee.getByQuantityAmount().compareTo(java.math.BigDecimal.valueOf(allowed)) <= 0;
    }

    private static boolean positive(java.math.BigDecimal v) {
        return v != null && v.signum() > 0;
    }

    private static void requireAtMostMax(int v, String name) {
        if (v > MAX_REQUESTS) {
            throw new IllegalArgumentException(name + " must be <= " + MAX_REQUESTS + ", was " + v);
        }
    }

    private static void requireNonNegative(int v, String name) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + v);
        }
    }
}
