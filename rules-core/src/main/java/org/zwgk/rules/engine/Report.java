package org.zwgk.rules.engine;

import org.zwgk.rules.Finding;
import org.zwgk.rules.Status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * A finding being recorded by a rule's consequence: {@code findings.violation(kcontext, $r, "…").due($d)}.
 * Add the due date and details, in any order; the finding is sealed when the evaluation ends.
 *
 * <p>A finding whose deadline or period was computed through a year without a State Council notice (counted from the
 * statutory holidays) keeps its status — a due date to plan by is what a clerk needs, and an early answer is never
 * wrong — and gets the details {@code 暂定} ("暂按法定节假日推算，待YYYY年国务院办公厅通知发布后以通知为准") and
 * {@code 暂定年份}, and its message ends with （暂定）. One exception: a VIOLATION whose due date itself lies in such a year becomes INCOMPLETE, because a
 * breach is an accusation against a unit and must rest on the official calendar; its message says it is late by
 * the provisional count.
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
    private final SortedSet<Integer> provisionalYears;
    private LocalDate due;
    private final Map<String, String> details = new LinkedHashMap<>();

    Report(String ruleId, String ruleName, String source, String document, String clause, String subjectKind,
           String subjectId, String unit, Status status, String message, LocalDate bindsFrom,
           SortedSet<Integer> provisionalYears) {
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
        this.provisionalYears = provisionalYears;
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
        if (provisionalYears == null || provisionalYears.isEmpty()) {
            return new Finding(ruleId, ruleName, source, document, clause, subjectKind, subjectId, unit, status, due,
                    message, details);
        }
        String years = provisionalYears.stream().map(String::valueOf).collect(Collectors.joining("、"));
        String note = "暂按法定节假日推算，待" + years + "年国务院办公厅通知发布后以通知为准";
        Map<String, String> marked = new LinkedHashMap<>(details);
        marked.put("暂定", note);
        marked.put("暂定年份", years);
        Status sealed = status;
        String text = message + "（暂定）";
        if (status == Status.VIOLATION && due != null && provisionalYears.contains(due.getYear())) {
            sealed = Status.INCOMPLETE;
            text = "按暂定期限" + due + "判断：" + message + "；期限落在" + years + "年，" + note + "，暂不认定违规";
        }
        return new Finding(ruleId, ruleName, source, document, clause, subjectKind, subjectId, unit, sealed, due,
                text, marked);
    }

    /** The provisional years this finding rests on (empty: none). */
    List<Integer> provisionalYears() {
        return List.copyOf(provisionalYears);
    }
}
