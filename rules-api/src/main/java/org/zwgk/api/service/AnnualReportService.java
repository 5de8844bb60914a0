package org.zwgk.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.api.error.ApiException;
import org.zwgk.api.model.AnnualReportCheckRequest;
import org.zwgk.api.model.AnnualReportFillRequest;
import org.zwgk.api.model.EvaluationResult;
import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.facts.AnnualReport;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.report.FilledReport;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Fills a unit's annual-report tables from its ledger, and checks submitted tables with the RPT rules. */
@ApplicationScoped
public class AnnualReportService {
    @Inject
    RulebookService rules;

    @Inject
    EvaluationService evaluations;

    public FilledReport fill(AnnualReportFillRequest body) {
        if (body == null) {
            throw new ApiException(400, "invalid_json", "Malformed JSON", "the body is empty", List.of());
        }
        if (body.year() == null) {
            throw ApiException.missing("year");
        }
        if (body.year() < 2008 || body.year() > 9999) {
            throw ApiException.invalid("year", "must be between 2008 and 9999, was " + body.year());
        }
        FactSet facts = body.facts();
        if (facts == null) {
            throw ApiException.missing("facts");
        }
        String unit = body.unit();
        if (unit == null || unit.isBlank()) {
            if (facts.getUnits().size() != 1) {
                throw ApiException.invalid("unit", "is required: facts.units holds " + facts.getUnits().size() + " units");
            }
        } else if (facts.getUnits().stream().noneMatch(u -> u != null && unit.equals(u.getId()))) {
            throw ApiException.invalid("unit", "no unit with id '" + unit + "' in facts.units");
        }
        try {
            return rules.rulebook().fillAnnualReport(facts, unit, body.year());
        } catch (InvalidFactsException e) {
            throw ApiException.invalidFacts(e, "facts.");
        }
    }

    public EvaluationResult check(AnnualReportCheckRequest body) {
        if (body == null) {
            throw new ApiException(400, "invalid_json", "Malformed JSON", "the body is empty", List.of());
        }
        FactSet facts = body.facts();
        if (facts == null) {
            throw ApiException.missing("facts");
        }
        List<Integer> years = facts.getAnnualReports().stream().filter(Objects::nonNull)
                .filter(r -> r.getTables() != null).map(AnnualReport::getYear).filter(Objects::nonNull).toList();
        if (years.isEmpty()) {
            throw ApiException.invalid("facts.annualReports", "no report with a year and tables to check");
        }
        LocalDate asOf = body.asOf() != null ? body.asOf()
                : LocalDate.of(years.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1, 1, 1);
        Rulebook book = rules.rulebook();
        return evaluations.evaluate(book, new EvaluationService.Job(asOf, facts, body.statuses(),
                List.of(Rulebook.REPORT_SOURCE), null, "asOf", "facts"), "single");
    }
}
