package org.zwgk.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an evaluation returns.
 *
 * @param statuses the statuses to return (empty = all)
 * @param sources  the source codes whose rules run, e.g. {@code OGI}, {@code SHT26} (empty = all)
 * @param ruleIds  the catalogue ids whose rules run, e.g. {@code OGI-33}, {@code SHT26-9b} (empty = all)
 */
public record EvaluationOptions(Set<Status> statuses, Set<String> sources, Set<String> ruleIds) {

    public EvaluationOptions {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.allOf(Status.class) : EnumSet.copyOf(statuses);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        ruleIds = ruleIds == null ? Set.of() : Set.copyOf(ruleIds);
    }

    /** These statuses, rules of these sources (empty = all), every rule id. */
    public EvaluationOptions(Set<Status> statuses, Set<String> sources) {
        this(statuses, sources, Set.of());
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
        return new EvaluationOptions(statuses, codes, ruleIds);
    }

    /** The same statuses and sources, only the rules with these catalogue ids (e.g. {@code OGI-33}). */
    public EvaluationOptions withRuleIds(Set<String> ids) {
        return new EvaluationOptions(statuses, sources, ids);
    }
}
