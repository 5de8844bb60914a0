package org.zwgk.rules.internal;

import java.time.LocalDate;

/**
 * Where and when a rule binds, from its metadata: the id and source it cites, the jurisdiction (GB/T 2260) and the
 * effective period. A rule binds a subject whose unit lies in the jurisdiction (or below it) and whose reference
 * date lies in the period, on a fact set that carries every list the rule reads ({@code needs}).
 */
record RuleScope(String ruleName, String file, String id, String source, String clause, String jurisdiction,
                 LocalDate validFrom, LocalDate validTo, java.util.Set<String> needs) {

    boolean inForceOn(LocalDate d) {
        return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
    }

    boolean binds(String division) {
        return Divisions.within(division, jurisdiction);
    }
}
