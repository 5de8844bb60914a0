package org.zwgk.rules.internal;

import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.InvalidFactsException.Problem;
import org.zwgk.rules.Source;
import org.zwgk.rules.facts.Event;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The kinds of submissions and events are not a Java enum: a plan that introduces a kind of report or event ("季通报",
 * "日监测记录") declares it in its source.yaml ({@code kinds: {submissions: {CODE: meaning}, events: {…}}}). A fact of
 * a kind that no loaded source declares is refused, naming the field and listing the known kinds.
 */
public final class DeclaredKinds {

    /** The fact lists whose {@code kind} the sources declare. */
    public static final Set<String> LISTS = Set.of("submissions", "events");

    private DeclaredKinds() {
    }

    /** Every declared kind of each list, with its meaning, over all sources (sorted by code). */
    public static Map<String, Map<String, String>> of(Collection<Source> sources) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        LISTS.forEach(l -> out.put(l, new TreeMap<>()));
        for (Source s : sources) {
            s.kinds().forEach((list, kinds) -> {
                if (out.containsKey(list) && kinds != null) {
                    out.get(list).putAll(kinds);
                }
            });
        }
        return out;
    }

    /** Problems of a source's {@code kinds:} block: a list that declares no kinds, or one whose kind has no meaning. */
    static List<String> problems(Source s) {
        List<String> out = new ArrayList<>();
        s.kinds().forEach((list, kinds) -> {
            if (!LISTS.contains(list)) {
                out.add("kinds: unknown fact list '" + list + "' (kinds are declared for: " + String.join(", ", new TreeSet<>(LISTS)) + ")");
            } else if (kinds != null) {
                kinds.forEach((code, meaning) -> {
                    if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
                        out.add("kinds: " + list + ": '" + code + "' is not a kind code (capital letters, digits and _, e.g. ZERO_REPORT)");
                    }
                    if (meaning == null || meaning.isBlank()) {
                        out.add("kinds: " + list + ": " + code + " lacks its meaning");
                    }
                });
            }
        });
        return out;
    }

    /**
     * @throws InvalidFactsException naming {@code submissions[i].kind} or {@code events[i].kind} for a kind no source
     *                               declares (a missing kind is left to the rules, which do not match it)
     */
    public static void check(FactSet facts, Collection<Source> sources) {
        if (facts == null) {
            return;
        }
        Map<String, Map<String, String>> known = of(sources);
        List<Problem> p = new ArrayList<>();
        check("submissions", facts.getSubmissions(), Submission::getKind, known.get("submissions"), p);
        check("events", facts.getEvents(), Event::getKind, known.get("events"), p);
        if (!p.isEmpty()) {
            throw new InvalidFactsException(p);
        }
    }

    private static <T> void check(String list, List<T> facts, Function<T, String> kind, Map<String, String> known, List<Problem> p) {
        if (facts == null) {
            return;
        }
        for (int i = 0; i < facts.size(); i++) {
            T f = facts.get(i);
            String k = f == null ? null : kind.apply(f);
            if (k != null && !known.containsKey(k)) {
                p.add(new Problem(list + "[" + i + "].kind", "unknown kind '" + k + "'; known kinds: "
                        + (known.isEmpty() ? "(none declared)" : String.join(", ", known.keySet()))
                        + " (a source.yaml declares a kind under kinds: " + list + ":)"));
            }
        }
    }
}
