package org.zwgk.api.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.zwgk.api.decision.DecisionLog;
import org.zwgk.api.error.ApiException;
import org.zwgk.api.error.FieldError;
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.EvaluationResult;
import org.zwgk.api.model.FindingView;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationAbortedException;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.LimitExceededException;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.Status;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Unit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evaluates fact sets with the current rule set, turning the library's complaints into problems with body paths. */
@ApplicationScoped
public class EvaluationService {
    @Inject
    RulebookService rules;

    @Inject
    MeterRegistry meters;

    @Inject
    LimitsConfig limits;

    @Inject
    DecisionLog decisions;

    private static final Logger LOG = Logger.getLogger(EvaluationService.class);

    /** What to evaluate, and where its fields sit in the request body (for error paths). */
    public record Job(LocalDate asOf, FactSet facts, List<Status> statuses, List<String> sources, String jurisdiction,
                      String asOfField, String factsField) {
    }

    public Rulebook rulebook() {
        return rules.rulebook();
    }

    public EvaluationResult evaluate(Rulebook book, Job job, String mode) {
        return evaluate(book, job, mode, decisions.caller());
    }

    /** The caller, for the decision log: read on the request's thread (a stream evaluates on another). */
    public String caller() {
        return decisions.caller();
    }

    /**
     * @param caller who asked, for the decision log ({@link #caller()}, read on the request's thread)
     */
    public EvaluationResult evaluate(Rulebook book, Job job, String mode, String caller) {
        if (job.asOf() == null) {
            throw ApiException.missing(job.asOfField());
        }
        Inputs.covered(job.asOfField(), job.asOf(), book.calendar());
        if (job.facts() == null) {
            throw ApiException.missing(job.factsField());
        }
        String area = Inputs.division("jurisdiction", job.jurisdiction());
        Set<Status> statuses = job.statuses() == null || job.statuses().isEmpty()
                ? EnumSet.allOf(Status.class) : EnumSet.copyOf(nonNull(job.statuses(), "statuses"));
        Set<String> sources = new LinkedHashSet<>(nonNull(job.sources() == null ? List.of() : job.sources(), "sources"));
        for (String s : sources) {
            if (!book.sources().containsKey(s)) {
                throw ApiException.invalid("sources", "unknown source '" + s + "'; known: " + String.join(", ", book.sources().keySet()));
            }
        }
        Evaluation ev;
        try {
            ev = book.withLimits(limits.evaluation()).evaluate(job.facts(), job.asOf(), new EvaluationOptions(statuses, sources));
        } catch (LimitExceededException e) {
            throw new ApiException(Problem.limit(413, "too_many_facts", "Too many facts", job.factsField() + " holds "
                    + e.actual() + " facts, more than the limit of " + e.max() + " (zwgk.limits.max-facts)",
                    List.of(new FieldError(job.factsField(), "more than " + e.max() + " facts")), "zwgk.limits.max-facts", e.max()));
        } catch (InvalidFactsException e) {
            throw ApiException.invalidFacts(e, job.factsField() + ".");
        } catch (EvaluationAbortedException e) {
            meters.counter("zwgk.evaluations.aborted", "reason", e.reason().name()).increment();
            LOG.warnf("rule set %s: %s", book.version(), e.getMessage());
            throw runaway(e);
        }
        List<Finding> kept = ev.findings();
        if (area != null) {
            Map<String, String> divisionOf = new HashMap<>();
            for (Unit u : job.facts().getUnits()) {
                divisionOf.put(u.getId(), u.getDivision());
            }
            kept = kept.stream().filter(f -> Inputs.within(divisionOf.get(f.unit()), area)).toList();
        }
        meters.counter("zwgk.evaluations", "mode", mode).increment();
        kept.forEach(f -> meters.counter("zwgk.findings", "status", f.status().name()).increment());
        EvaluationResult result = new EvaluationResult(ev.asOf(), ev.rulesetVersion(), book.loadedAt(), ev.rulesEvaluated(),
                ev.uncoveredYears(), ev.provisionalYears(), kept.stream().map(FindingView::of).toList());
        decisions.evaluation(mode, caller, job.facts(), job.statuses(), job.sources(), job.jurisdiction(), result);
        return result;
    }

    /**
     * An evaluation the rule set could not finish: the rule set's fault, not the caller's, so a 500 that names the
     * rule and the limit; the service and the next evaluation are unaffected.
     */
    static ApiException runaway(EvaluationAbortedException e) {
        boolean cap = e.reason() == EvaluationAbortedException.Cause.FIRING_CAP;
        String detail = "the rule set could not finish this evaluation: "
                + (e.rule() == null ? "its conditions" : "rule '" + e.rule() + "'" + (e.ruleFile() == null ? "" : " (" + e.ruleFile() + ")")
                + " fired " + e.ruleFirings() + " times and made " + e.ruleMatches() + " matches")
                + (cap ? "; the firing cap of " + e.limit() + " (zwgk.limits.max-firings) was reached"
                : "; the time budget of " + e.limit() + " (zwgk.limits.time-budget) ran out")
                + ". The rule set needs correcting; other evaluations are unaffected.";
        return new ApiException(Problem.limit(500, "rule_runaway", "Rule runaway", detail, List.of(),
                cap ? "zwgk.limits.max-firings" : "zwgk.limits.time-budget", e.limit()));
    }

    private static <T> List<T> nonNull(List<T> list, String field) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw ApiException.invalid(field + "[" + i + "]", "must not be null");
            }
        }
        return list;
    }
}
