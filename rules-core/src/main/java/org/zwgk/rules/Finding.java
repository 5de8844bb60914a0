package org.zwgk.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * One rule's result about one subject.
 *
 * @param ruleId      the catalogue id, e.g. {@code OGI-33}
 * @param ruleName    the DRL rule that produced it (one id may have several rules, one per check)
 * @param source      the source code, e.g. {@code OGI}, {@code SHT26}
 * @param document    the source document's title
 * @param clause      the clause the rule implements, e.g. 第三十三条第二款
 * @param subjectKind {@code unit}, {@code request}, …
 * @param subjectId   the subject's id in the fact set
 * @param unit        the id of the unit the subject belongs to
 * @param status      what the rule found
 * @param dueDate     the due date where the duty has one, else {@code null}
 * @param message     a short message in Chinese
 * @param details     how the result was reached (e.g. a deadline's start, pauses and extension), in order
 */
public record Finding(String ruleId, String ruleName, String source, String document, String clause,
                      String subjectKind, String subjectId, String unit, Status status, LocalDate dueDate,
                      String message, Map<String, String> details) {

    public Finding {
        details = details == null || details.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    /** {@code kind:id}, e.g. {@code request:R-2024-001}. */
    public String subject() {
        return subjectKind + ":" + subjectId;
    }
}
