package org.zwgk.rules.internal;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Subject;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which lists of the fact set a rule reads, found from the fact types its conditions match (in patterns, {@code not},
 * {@code exists}, {@code accumulate}, {@code collect}). A rule that judges the absence of a record ("no annual report
 * published") can only judge when the caller sent that list — an empty list means "none", a missing list means
 * "not told" — so the engine runs a rule only on fact sets that carry every list it reads.
 */
final class RuleNeeds {
    private RuleNeeds() {
    }

    /** The fact-set list names (e.g. {@code annualReports}) the rule's conditions match, by fact type. */
    static Set<String> of(Rule rule, Map<Class<?>, String> listsByType) {
        Set<String> needs = new TreeSet<>();
        if (rule instanceof RuleImpl impl) {
            visit(impl.getLhs(), listsByType, needs, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return needs;
    }

    private static void visit(RuleConditionElement e, Map<Class<?>, String> lists, Set<String> needs, Set<Object> seen) {
        if (e == null || !seen.add(e)) {
            return;
        }
        if (e instanceof Pattern p) {
            if (p.getObjectType() instanceof ClassObjectType c) {
                String list = lists.get(c.getClassType());
                if (list != null) {
                    needs.add(list);
                }
            }
            if (p.getSource() != null) {
                visit(p.getSource(), lists, needs, seen);
            }
        }
        for (RuleConditionElement nested : e.getNestedElements()) {
            visit(nested, lists, needs, seen);
        }
    }

    /** Each top-level fact type of {@link FactSet} and the name of its list. */
    static Map<Class<?>, String> listsByType() {
        Map<Class<?>, String> m = new java.util.HashMap<>();
        FactSet probe = new FactSet();
        for (var entry : probe.subjects().entrySet()) {
            m.put(elementType(entry.getKey()), entry.getKey());
        }
        return Map.copyOf(m);
    }

    private static Class<? extends Subject> elementType(String list) {
        try {
            var getter = FactSet.class.getMethod("get" + Character.toUpperCase(list.charAt(0)) + list.substring(1));
            var type = (java.lang.reflect.ParameterizedType) getter.getGenericReturnType();
            @SuppressWarnings("unchecked")
            Class<? extends Subject> c = (Class<? extends Subject>) type.getActualTypeArguments()[0];
            return c;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FactSet list " + list + " has no getter", e);
        }
    }
}
