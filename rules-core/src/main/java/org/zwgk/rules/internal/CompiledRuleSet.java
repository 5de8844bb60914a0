package org.zwgk.rules.internal;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.zwgk.rules.CatalogueEntry;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.Source;
import org.zwgk.rules.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule set that compiled: everything an evaluation needs, immutable. {@code sourcesByPackage}: each DRL package's
 * source (the source.yaml of its folder).
 */
public record CompiledRuleSet(String version, Instant loadedAt, RuleTree tree, WorkingDayCalendar calendar,
                              Map<String, Source> sources, Map<String, Source> sourcesByPackage,
                              List<CatalogueEntry> catalogue, KieBase kieBase,
                              Map<String, RuleScope> scopes, Set<String> globals,
                              List<RulebookLoadException.Problem> warnings) {

    /** The scope of a rule of the KieBase (by package and name), or {@code null}. */
    public RuleScope scope(Rule rule) {
        return scopes.get(RuleSetCompiler.key(rule));
    }
}
