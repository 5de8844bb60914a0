package org.zwgk.rules.internal;

import java.time.LocalDate;

/**
 * Where and when a rule binds: the id and clause it cites (its metadata), and from its folder's source.yaml the
 * source, the jurisdiction (GB/T 2260), the period it covers and the day it binds from (a plan's issue date). A rule binds a subject whose unit lies in the jurisdiction (or below it) and whose reference
 * date lies in the period, on a fact set that carries every list the rule reads ({@code needs}).
 */
record RuleScope(String ruleName, String file, String id, String source, String clause, String jurisdiction,
                 LocalDate validFrom, LocalDate validTo, LocalDate bindsFrom, java.util.Set<String> needs) {

    boolean inForceOn(LocalDate d) {
        return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
    }

    /** Whether the source had been issued on {@code d}: before that day none of its rules binds. */
    boolean issuedBy(LocalDate d) {
        return !d.isBefore(bindsFrom);
    }

    boolean binds(String division) {
        return org.zwgk.rules.Division.within(division, jurisdiction);
    }
}
