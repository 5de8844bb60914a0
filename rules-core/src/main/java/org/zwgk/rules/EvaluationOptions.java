package org.zwgk.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an evaluation returns.
 *
 * @param statuses the statuses to return (empty = all)
 * @param sources  the source codes whose rules run, e.g. {@code OGI}, {@code SHT26} (empty = all)
 */
public record EvaluationOptions(Set<Status> statuses, Set<String> sources) {

    public EvaluationOptions {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(Status.class) : EnumSet.copyOf(statuses);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    /** Everything, including SATISFIED. */
    public static EvaluationOptions everything() {
        return new EvaluationOptions(Set.of(), Set.of());
    }

    /** Breaches only (VIOLATION). */
    public static EvaluationOptions breachesOnly() {
        return new EvaluationOptions(EnumSet.of(Status.VIOLATION), Set.of());
    }

    /** What needs attention: VIOLATION, WARNING, OPEN and INCOMPLETE, without SATISFIED. */
    public static EvaluationOptions actionable() {
        return new EvaluationOptions(EnumSet.complementOf(EnumSet.of(Status.SATISFIED)), Set.of());
    }

    /** The same statuses, rules of these sources only. */
    public EvaluationOptions withSources(Set<String> codes) {
        return new EvaluationOptions(statuses, codes);
    }
}
