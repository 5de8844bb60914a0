package org.zwgk.rules.cases;

import org.zwgk.rules.Status;
import org.zwgk.rules.facts.FactSet;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One example case as a policy editor writes it in a {@code *.cases.yaml} file beside the rules:
 *
 * <pre>
 * cases:
 *   - name: 当面提交、跨春节的申请于2024-03-08答复，未逾期
 *     asOf: 2024-03-20
 *     rules: [OGI-33]            # optional: the ids judged; default = the ids in expect
 *     facts:
 *       units: [{id: u1, name: 某局, division: "211302", kind: DEPARTMENT}]
 *       requests: [{id: r1, unit: u1, channel: IN_PERSON, submittedOn: 2024-02-05, answeredOn: 2024-03-08}]
 *     expect:
 *       - {rule: OGI-33, subject: request:r1, status: SATISFIED, due: 2024-03-08}
 * </pre>
 *
 * The case passes when the findings of the judged rule ids are exactly those expected; an expectation without
 * {@code due} does not check the due date.
 *
 * @param file   the file it came from, relative to the rule directory
 * @param name   a sentence naming the case
 * @param asOf   the evaluation date
 * @param rules  the rule ids the case judges
 * @param facts  the facts
 * @param expect the expected findings of those rules
 */
public record ExampleCase(String file, String name, LocalDate asOf, List<String> rules, FactSet facts,
                          List<Expected> expect) {

    public ExampleCase {
        rules = rules == null ? List.of() : List.copyOf(rules);
        expect = expect == null ? List.of() : List.copyOf(expect);
    }

    /** The rule ids judged: those named in {@code rules}, and those expected. */
    public Set<String> judgedRules() {
        Set<String> ids = new LinkedHashSet<>(rules);
        expect.forEach(e -> ids.add(e.rule()));
        return ids;
    }

    /**
     * @param rule    the rule id
     * @param subject {@code kind:id}, e.g. {@code request:r1}
     * @param status  the expected status
     * @param due     the expected due date, or {@code null} to not check it
     */
    public record Expected(String rule, String subject, Status status, LocalDate due) {
    }
}
