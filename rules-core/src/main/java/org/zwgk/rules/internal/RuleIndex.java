package org.zwgk.rules.internal;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.zwgk.rules.Source;
import org.zwgk.rules.engine.Findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule of a compiled rule set numbered once, with what an evaluation asks of it and what does not depend on the
 * facts: its scope, its agenda group, whether it is national, whether it judges after its period. An evaluation looks
 * a match's rule up by identity (no string is built per match) and keeps its per-rule state in arrays by
 * {@link Entry#index()}. Immutable once built; shared by every evaluation of the rule set.
 */
final class RuleIndex {

    /** One rule: {@code key} is its package/name, also the name of its agenda group. */
    record Entry(int index, String key, RuleScope scope, boolean national, boolean judgedAfterPeriod) {
    }

    private final Entry[] entries;
    private final Map<Rule, Entry> byRule;
    private final Map<String, Entry> byKey;

    RuleIndex(CompiledRuleSet rules) {
        this(rules.kieBase(), rules.scopes());
    }

    RuleIndex(KieBase kieBase, Map<String, RuleScope> scopes) {
        List<Entry> list = new ArrayList<>(scopes.size());
        Map<String, Entry> keys = new HashMap<>();
        for (var e : scopes.entrySet()) {
            Entry entry = new Entry(list.size(), e.getKey(), e.getValue(),
                    Source.NATIONAL.equals(e.getValue().jurisdiction()), false);
            list.add(entry);
            keys.put(e.getKey(), entry);
        }
        Map<Rule, Entry> rules = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Entry entry = keys.get(RuleSetCompiler.key(rule));
                if (entry != null) {
                    entry = new Entry(entry.index(), entry.key(), entry.scope(), entry.national(),
                            "true".equals(Findings.metadata(rule, "judgedAfterPeriod")));
                    list.set(entry.index(), entry);
                    keys.put(entry.key(), entry);
                    rules.put(rule, entry);
                }
            }
        }
        this.entries = list.toArray(new Entry[0]);
        this.byRule = rules;
        this.byKey = Map.copyOf(keys);
    }

    int size() {
        return entries.length;
    }

    Entry get(int index) {
        return entries[index];
    }

    /** The rule's entry, or {@code null} for a rule without a scope. */
    Entry of(Rule rule) {
        Entry e = byRule.get(rule);
        // A rule object the engine made apart from its package's (not seen with the classic build): by name.
        return e != null ? e : byKey.get(RuleSetCompiler.key(rule));
    }
}
