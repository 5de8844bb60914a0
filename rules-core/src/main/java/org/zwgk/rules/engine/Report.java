package org.zwgk.rules.engine;

import org.zwgk.rules.Finding;
import org.zwgk.rules.Status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding being recorded by a rule's consequence: {@code findings.violation(kcontext, $r, "…").due($d)}.
 * Add the due date and details, in any order; the finding is sealed when the evaluation ends.
 */
public final class Report {
    private final String ruleId;
    private final String ruleName;
    private final String source;
    private final String document;
    private final String clause;
    private final String subjectKind;
    private final String subjectId;
    private final String unit;
    private final Status status;
    private final String message;
    private final LocalDate bindsFrom;
    private LocalDate due;
    private final Map<String, String> details = new LinkedHashMap<>();

    Report(String ruleId, String ruleName, String source, String document, String clause, String subjectKind,
           String subjectId, String unit, Status status, String message, LocalDate bindsFrom) {
        this.ruleId = ruleId;
        this.ruleName = ruleName;
        this.source = source;
        this.document = document;
        this.clause = clause;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.unit = unit;
        this.status = status;
        this.message = message;
        this.bindsFrom = bindsFrom;
    }

    /** The due date of the duty. */
    public Report due(LocalDate date) {
        this.due = date;
        return this;
    }

    /** A line of explanation, e.g. {@code detail("原答复期限", "2024-03-04")}; {@code null} values are skipped. */
    public Report detail(String key, Object value) {
        if (value != null) {
            details.put(key, String.valueOf(value));
        }
        return this;
    }

    /** Several lines of explanation at once, in the map's order; {@code null} values are skipped. */
    public Report details(Map<String, ?> lines) {
        lines.forEach(this::detail);
        return this;
    }

    /**
     * Whether the duty fell due before its source bound (a plan issued after it): then the source cannot judge it. A
     * finding without a due date judges a state on the evaluation date, which is never before the source binds.
     */
    boolean beforeSourceBinds() {
        return bindsFrom != null && due != null && due.isBefore(bindsFrom);
    }

    Finding seal() {
        return new Finding(ruleId, ruleName, source, document, clause, subjectKind, subjectId, unit, status, due,
                message, details);
    }
}
