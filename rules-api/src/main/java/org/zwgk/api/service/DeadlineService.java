package org.zwgk.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zwgk.api.decision.DecisionLog;
import org.zwgk.api.error.ApiException;
import org.zwgk.api.model.DeadlineRequest;
import org.zwgk.api.model.DeadlineResult;
import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.Source;
import org.zwgk.rules.DeadlineVerdict;
import org.zwgk.rules.facts.Consultation;
import org.zwgk.rules.facts.Request;

/**
 * A request's answer deadline and the status OGI-33 gives it. The status comes from the rules ({@link Rulebook#deadline}),
 * never from a second reckoning here, so this endpoint and {@code /evaluations} always agree.
 */
@ApplicationScoped
public class DeadlineService {
    /** The OGI parameter that sets the warning window. */
    public static final String WARNING_PARAMETER = "warning-working-days";

    @Inject
    RulebookService rules;

    @Inject
    DecisionLog decisions;

    public DeadlineResult compute(DeadlineRequest body) {
        if (body == null) {
            throw new ApiException(400, "invalid_json", "Malformed JSON", "the body is empty", java.util.List.of());
        }
        Rulebook book = rules.rulebook();
        Inputs.covered("asOf", body.asOf(), book.calendar());
        Request r = body.request();
        if (r == null) {
            throw ApiException.missing("request");
        }
        check(r);
        int warning = warningWorkingDays(book);
        DeadlineVerdict v;
        try {
            v = book.deadline(r, body.asOf());
        } catch (InvalidFactsException e) {
            throw ApiException.invalidFacts(e, "");
        }
        DeadlineResult result = DeadlineResult.of(v.deadline(), v.status(), warning, book.version());
        decisions.deadline(decisions.caller(), body.asOf(), r, result);
        return result;
    }

    static int warningWorkingDays(Rulebook book) {
        Source ogi = book.sources().get("OGI");
        Source.Parameter p = ogi == null ? null : ogi.parameters().get(WARNING_PARAMETER);
        if (p == null || !(p.value() instanceof Number n)) {
            throw new IllegalStateException("the rule set lacks the OGI parameter " + WARNING_PARAMETER);
        }
        return n.intValue();
    }

    /** What the clock cannot work without (the evaluation checks the same for fact sets). */
    private static void check(Request r) {
        for (int i = 0; i < r.getConsultations().size(); i++) {
            Consultation c = r.getConsultations().get(i);
            String at = "request.consultations[" + i + "]";
            if (c == null) {
                throw ApiException.invalid(at, "must not be null");
            }
            if (c.getParty() == null) {
                throw ApiException.missing(at + ".party");
            }
            if (c.getSentOn() == null) {
                throw ApiException.missing(at + ".sentOn");
            }
            if (c.getRepliedOn() != null && c.getRepliedOn().isBefore(c.getSentOn())) {
                throw ApiException.invalid(at + ".repliedOn", "is before sentOn");
            }
        }
        if (r.getExtension() != null && r.getExtension().getWorkingDays() != null && r.getExtension().getWorkingDays() < 0) {
            throw ApiException.invalid("request.extension.workingDays", "must not be negative");
        }
    }
}
