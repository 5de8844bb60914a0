package org.zwgk.rules.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.zwgk.rules.Finding;
import org.zwgk.rules.Source;
import org.zwgk.rules.Status;
import org.zwgk.rules.facts.Subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The DRL global {@code findings}: a rule's consequence records what it found through it. The citation is copied:
 * id and clause from the rule's metadata, the source and its document from the source.yaml of the rule's folder
 * (its package), so no rule repeats them by hand.
 * A finding whose matched deadline or period rests on a year the calendar counts provisionally is marked: see
 * {@link Report}.
 * One instance per evaluation; not shared between threads.
 */
public final class Findings {
    private final Map<String, Source> sourcesByPackage;
    private final Clock clock;
    private final List<Report> reports = new ArrayList<>();

    /** @param sourcesByPackage each DRL package's source (the source.yaml of its folder) */
    public Findings(Map<String, Source> sourcesByPackage) {
        this(sourcesByPackage, null);
    }

    /**
     * @param sourcesByPackage each DRL package's source (the source.yaml of its folder)
     * @param clock            the evaluation's clock, which knows which computed dates are provisional ({@code null}: none)
     */
    public Findings(Map<String, Source> sourcesByPackage, Clock clock) {
        this.sourcesByPackage = sourcesByPackage;
        this.clock = clock;
    }

    public Report violation(RuleContext kcontext, Subject subject, String message) {
        return report(kcontext, subject, Status.VIOLATION, message);
    }

    public Report warning(RuleContext kcontext, Subject subject, String message) {
        return report(kcontext, subject, Status.WARNING, message);
    }

    public Report open(RuleContext kcontext, Subject subject, String message) {
        return report(kcontext, subject, Status.OPEN, message);
    }

    public Report incomplete(RuleContext kcontext, Subject subject, String message) {
        return report(kcontext, subject, Status.INCOMPLETE, message);
    }

    public Report satisfied(RuleContext kcontext, Subject subject, String message) {
        return report(kcontext, subject, Status.SATISFIED, message);
    }

    public Report report(RuleContext kcontext, Subject subject, Status status, String message) {
        Rule rule = kcontext.getRule();
        Map<String, Object> meta = rule.getMetaData();
        Source source = sourcesByPackage.get(rule.getPackageName());
        Report r = new Report(text(meta.get("id")), rule.getName(), source == null ? null : source.code(),
                source == null ? null : source.document(), text(meta.get("clause")), subject.subjectKind(),
                subject.getId(), subject.getUnit(), status, message,
                source == null ? null : source.bindsFrom(), provisionalYears(kcontext));
        reports.add(r);
        return r;
    }

    /** The provisional years the rule's matched deadlines and periods rest on. */
    private SortedSet<Integer> provisionalYears(RuleContext kcontext) {
        SortedSet<Integer> years = new TreeSet<>();
        if (clock != null && !clock.provisionalYears().isEmpty() && kcontext.getMatch() != null) {
            for (Object o : kcontext.getMatch().getObjects()) {
                years.addAll(clock.provisionalYearsOf(o));
            }
        }
        return years;
    }

    /**
     * The order of sealed findings: by rule id, subject, rule name, status and due date (a cadence's periods in order).
     * Written out rather than chained from key extractors: a unit-month sorts thousands of findings, and the chain's
     * lambdas cost a twentieth of the evaluation.
     */
    private static final Comparator<Finding> ORDER = (a, b) -> {
        int c = compareNullsFirst(a.ruleId(), b.ruleId());
        if (c == 0) c = a.subjectKind().compareTo(b.subjectKind());
        if (c == 0) c = a.subjectId().compareTo(b.subjectId());
        if (c == 0) c = a.ruleName().compareTo(b.ruleName());
        if (c == 0) c = a.status().compareTo(b.status());
        if (c == 0) c = compareNullsFirst(a.dueDate(), b.dueDate());
        return c;
    };

    private static <T extends Comparable<? super T>> int compareNullsFirst(T a, T b) {
        if (a == b) return 0;
        if (a == null) return -1;
        if (b == null) return 1;
        return a.compareTo(b);
    }

    /**
     * The findings, sorted by rule id, subject, rule name, status and due date (a cadence's periods in order). A duty
     * that fell due before its plan was issued is left out: the plan could not bind it.
     */
    public List<Finding> sealed() {
        return sealed(EnumSet.allOf(Status.class));
    }

    /** The sealed findings of these statuses (as sealed: a provisional VIOLATION is INCOMPLETE), sorted once. */
    public List<Finding> sealed(Set<Status> statuses) {
        List<Finding> out = new ArrayList<>(reports.size());
        for (Report r : reports) {
            if (!r.beforeSourceBinds()) {
                Finding f = r.seal();
                if (statuses.contains(f.status())) {
                    out.add(f);
                }
            }
        }
        out.sort(ORDER);
        return Collections.unmodifiableList(out);
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        String s = v.toString();
        // Drools keeps the quotes of a metadata value written as a string literal.
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The metadata value as written, without the quotes a string literal keeps. */
    public static String metadata(Rule rule, String key) {
        return text(rule.getMetaData().get(key));
    }
}
