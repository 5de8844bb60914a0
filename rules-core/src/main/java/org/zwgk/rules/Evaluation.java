package org.zwgk.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The results of evaluating one fact set on one evaluation date.
 *
 * @param asOf           the evaluation date
 * @param rulesetVersion the version (content hash) of the rule set used
 * @param rulesEvaluated how many rules the rule set offered for this evaluation
 * @param findings       the results, ordered by rule id, subject and status
 * @param uncoveredYears years a rule needed and the working-day calendar lacks: the rules that needed them could not
 *                       judge (OGI-33 reports INCOMPLETE); empty when the calendar covered everything
 * @param provisionalYears years without a State Council notice that a rule counted through, from the statutory
 *                       holidays: the findings resting on them carry the detail {@code 暂定}; ask again once the
 *                       notice's calendar file is added. Empty when every date rests on a notice
 */
public record Evaluation(LocalDate asOf, String rulesetVersion, int rulesEvaluated, List<Finding> findings,
                         List<Integer> uncoveredYears, List<Integer> provisionalYears) {

    public Evaluation {
        findings = List.copyOf(findings);
        uncoveredYears = uncoveredYears == null ? List.of() : List.copyOf(uncoveredYears);
        provisionalYears = provisionalYears == null ? List.of() : List.copyOf(provisionalYears);
    }

    /** An evaluation that counted through no provisional year. */
    public Evaluation(LocalDate asOf, String rulesetVersion, int rulesEvaluated, List<Finding> findings,
                      List<Integer> uncoveredYears) {
        this(asOf, rulesetVersion, rulesEvaluated, findings, uncoveredYears, List.of());
    }

    /** The breaches only (VIOLATION). */
    public List<Finding> breaches() {
        return only(EnumSet.of(Status.VIOLATION));
    }

    /** The findings with one of the given statuses. */
    public List<Finding> only(Set<Status> statuses) {
        return findings.stream().filter(f -> statuses.contains(f.status())).toList();
    }

    /** The findings of one rule id. */
    public List<Finding> of(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
