package org.zwgk.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * What one evaluation may cost. A rule set that fires more often than {@code maxFirings} or runs longer than
 * {@code timeBudget} is stopped with {@link EvaluationAbortedException} naming the rule; a fact set larger than
 * {@code maxFacts} is refused with {@link LimitExceededException} before any rule runs.
 *
 * @param maxFirings the most rule firings in one evaluation (the rule set's own bug if reached: a rule is looping or
 *                   joining facts without constraint)
 * @param timeBudget the longest one evaluation may run its rules; checked between firings
 * @param maxFacts   the most facts (units, requests, documents, … together) in one fact set
 */
public record Limits(int maxFirings, Duration timeBudget, int maxFacts) {
    public static final int DEFAULT_MAX_FIRINGS = 200_000;
    /**
     * Ten seconds: a runaway is usually stopped by the firing cap within a few; a first evaluation on a cold, busy
     * machine (rule conditions compiled on first use) has taken more than two seconds with a handful of firings.
     */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_FACTS = 50_000;

    public Limits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, was " + maxFirings);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
        }
        if (maxFacts < 0) {
            throw new IllegalArgumentException("maxFacts must not be negative, was " + maxFacts);
        }
    }

    /** 200 000 firings, 10 seconds, 50 000 facts. */
    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_FIRINGS, DEFAULT_TIME_BUDGET, DEFAULT_MAX_FACTS);
    }

    public Limits withMaxFirings(int n) {
        return new Limits(n, timeBudget, maxFacts);
    }

    public Limits withTimeBudget(Duration d) {
        return new Limits(maxFirings, d, maxFacts);
    }

    public Limits withMaxFacts(int n) {
        return new Limits(maxFirings, timeBudget, n);
    }
}
