package org.zwgk.rules.fees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.engine.Params;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The information-processing fee bands of 国办函〔2020〕109号 (第四条 按件, 第五条 按量), both progressive (超额累进).
 * Expected amounts are the worked examples of the fee brief or are counted band by band in the comments.
 */
class FeeCalculatorTest {

    private static final FeeCalculator FEES = NationalFees.calculator();

    // ---- 按件: an applicant's requests in one calendar month (第四条) ----

    @ParameterizedTest(name = "{0} requests in a month cost {1} yuan")
    @CsvSource({
            "0,  0",
            "10, 0",    // 含10件: free
            "11, 100",  // the 11th is the first charged request
            "30, 2000", // 11th-30th: 20 × 100
            "31, 2200", // 2,000 + 1 × 200
            "40, 4000", // 2,000 + 10 × 200
            "41, 4300", // 4,000 + 1 × 300
            "45, 5500", // 2,000 + 10 × 200 + 5 × 300
            "50, 7000", // 2,000 + 10 × 200 + 10 × 300
    })
    void perRequestTotalsFollowTheWorkedExamples(int requests, long yuan) {
        assertEquals(yuan, FEES.perRequestTotal(requests));
    }

    @ParameterizedTest(name = "the {0}th request of the month costs {1} yuan")
    @CsvSource({
            "1,   0",
            "10,  0",
            "11,  100",
            "30,  100",
            "31,  200",
            "40,  200",
            "41,  300",
            "50,  300",
            "51,  400",
            "101, 900", // band 31-40 is 200, so band k (k = 1 for 31-40) costs 100 + 100k; 101-110 is k = 8
    })
    void eachRequestCostsTheFeeOfItsBand(int n, long yuan) {
        assertEquals(yuan, FEES.perRequestFeeOf(n));
    }

    @Test
    void theMonthlyTotalIsTheSumOfEachRequestsFee() {
        long sum = 0;
        for (int n = 1; n <= 250; n++) {
            sum += FEES.perRequestFeeOf(n);
            assertEquals(sum, FEES.perRequestTotal(n), "total of " + n + " requests");
        }
    }

    @Test
    void eachRequestsFeeFollowsTheBandsAsPublished() {
        // 第四条 read directly: free to 10; 100 to 30; then bands of 10, each 100 more than the one before.
        for (int n = 1; n <= 1000; n++) {
            long expected = n <= 10 ? 0 : n <= 30 ? 100 : 100 + 100L * ((n - 31) / 10 + 1);
            assertEquals(expected, FEES.perRequestFeeOf(n), "request " + n);
        }
    }

    @Test
    void aNegativeNumberOfRequestsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FEES.perRequestTotal(-1));
        assertThrows(IllegalArgumentException.class, () -> FEES.perRequestFeeOf(0));
        assertThrows(IllegalArgumentException.class, () -> FEES.perRequestFeeOf(-5));
    }

    @Test
    void moreRequestsThanTheInputLimitAreRefused() {
        assertEquals(FEES.perRequestTotal(FeeCalculator.MAX_REQUESTS - 1) + FEES.perRequestFeeOf(FeeCalculator.MAX_REQUESTS),
                FEES.perRequestTotal(FeeCalculator.MAX_REQUESTS));
        assertThrows(IllegalArgumentException.class, () -> FEES.perRequestTotal(FeeCalculator.MAX_REQUESTS + 1));
        assertThrows(IllegalArgumentException.class, () -> FEES.perRequestTotal(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> FEES.perRequestFeeOf(FeeCalculator.MAX_REQUESTS + 1));
    }

    // ---- 按量: pages of one request (第五条) ----

    @ParameterizedTest(name = "{0} pages cost {1} yuan")
    @CsvSource({
            "0,   0",
            "30,  0",    // 含30页: free
            "31,  10",
            "100, 700",  // 70 × 10
            "101, 720",  // 700 + 1 × 20
            "150, 1700", // 700 + 50 × 20
            "200, 2700", // 700 + 100 × 20
            "201, 2740", // 2,700 + 1 × 40
            "250, 4700", // 700 + 2,000 + 50 × 40
    })
    void pageFeesFollowTheWorkedExamples(int pages, long yuan) {
        assertEquals(yuan, FEES.byQuantity(pages));
    }

    @Test
    void aNegativeNumberOfPagesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FEES.byQuantity(-1));
    }

    @Test
    void aHugePageCountDoesNotOverflow() {
        long pages = Integer.MAX_VALUE;
        assertEquals(700 + 2000 + (pages - 200) * 40, FEES.byQuantity(Integer.MAX_VALUE));
    }

    // ---- the rule set's parameters ----

    @Test
    void theLoadedRulebookUsesTheFeeSourcesScales() {
        Rulebook book = Rulebook.load(Path.of(System.getProperty("zwgk.drl", "../drl")));
        assertEquals(FEES.schedule(), FeeSchedule.from(new Params(book.sources())));
        assertEquals(FEES.schedule(), book.fees().schedule());
        assertEquals(3, FEES.schedule().perRequest().brackets().size());
        assertEquals(4, FEES.schedule().perPage().brackets().size());
    }

    // ---- a scale as data ----

    @Test
    void aScaleReadsThresholdsAsTheFirstUnitOfEachRateAndRisesByItsLastBracket() {
        Scale s = Scale.of(Map.of("brackets", List.of(Map.of("threshold", 0, "rate", 0), Map.of("threshold", 4, "rate", 5),
                Map.of("threshold", 6, "rate", 7, "every", 2, "increase", 1))), "T.s");
        assertEquals(0, s.rateOf(3));
        assertEquals(5, s.rateOf(4));
        assertEquals(7, s.rateOf(6));
        assertEquals(7, s.rateOf(7));
        assertEquals(8, s.rateOf(8));
        assertEquals(0 + 5 + 5 + 7 + 7 + 8, s.total(8));
    }

    @Test
    void aBadScaleIsRefusedNamingTheParameterAndBracket() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scale.of(Map.of("brackets",
                List.of(Map.of("threshold", 0, "rate", 0), Map.of("threshold", 31, "rate", 10), Map.of("threshold", 20, "rate", 20))), "FEE.per-page-scale"));
        assertTrue(e.getMessage().contains("FEE.per-page-scale") && e.getMessage().contains("bracket 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Scale.of(Map.of("brackets",
                List.of(Map.of("threshold", 0, "rat", 0))), "FEE.per-page-scale"));
        assertTrue(e.getMessage().contains("'rat'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Scale.of(Map.of("brackets",
                List.of(Map.of("threshold", 0, "rate", 0, "every", 10, "increase", 5), Map.of("threshold", 31, "rate", 10))), "FEE.x"));
        assertTrue(e.getMessage().contains("only the last bracket"), e.getMessage());
    }
}
