package org.zwgk.api.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.zwgk.api.error.ApiException;
import org.zwgk.api.error.FieldError;
import org.zwgk.api.error.JsonProblems;
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.BulkLine;
import org.zwgk.api.model.BulkRequest;
import org.zwgk.api.model.BulkResponse;
import org.zwgk.api.model.BulkResult;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.Status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Bulk evaluation: a JSON document of fact sets, or an NDJSON stream answered line by line. */
@ApplicationScoped
public class BulkService {
    private static final Logger LOG = Logger.getLogger(BulkService.class);

    @Inject
    EvaluationService evaluations;

    @Inject
    ObjectMapper json;

    @Inject
    LimitsConfig limits;

    public BulkResponse evaluate(BulkRequest body) {
        if (body == null) {
            throw new ApiException(400, "invalid_json", "Malformed JSON", "the body is empty", List.of());
        }
        if (body.asOf() == null) {
            throw ApiException.missing("asOf");
        }
        if (body.factSets() == null) {
            throw ApiException.missing("factSets");
        }
        int maxItems = limits.maxBulkItems();
        if (body.factSets().size() > maxItems) {
            throw new ApiException(Problem.limit(413, "too_many_items", "Too many fact sets", "factSets holds "
                    + body.factSets().size() + " fact sets, more than the limit of " + maxItems
                    + " per call (zwgk.limits.max-bulk-items); split the call or stream NDJSON",
                    List.of(new FieldError("factSets", "more than " + maxItems + " fact sets")), "zwgk.limits.max-bulk-items", maxItems));
        }
        Rulebook book = evaluations.rulebook();
        Inputs.covered("asOf", body.asOf(), book.calendar());
        String caller = evaluations.caller();
        List<BulkResult> results = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < body.factSets().size(); i++) {
            BulkRequest.Item item = body.factSets().get(i);
            String at = "factSets[" + i + "]";
            try {
                if (item == null) {
                    throw ApiException.invalid(at, "must not be null");
                }
                results.add(BulkResult.ok(i, null, item.key(), evaluations.evaluate(book, new EvaluationService.Job(body.asOf(),
                        item.facts(), body.statuses(), body.sources(), body.jurisdiction(), "asOf", at + ".facts"), "bulk", caller), false));
            } catch (ApiException e) {
                failed++;
                results.add(BulkResult.failed(i, null, item == null ? null : item.key(), e.problem()));
            }
        }
        return new BulkResponse(body.asOf(), book.version(), book.loadedAt(), results.size() - failed, failed, results);
    }

    /**
     * Checks the query parameters now (a bad one is a 400 before any output), then reads and answers the body line by
     * line on a worker thread, one result per non-blank line.
     */
    public Multi<BulkResult> stream(InputStream body, String asOfParam, List<String> statusParams, List<String> sources,
                                  String jurisdiction) {
        LocalDate defaultAsOf = asOfParam == null || asOfParam.isBlank() ? null : Inputs.date("asOf", asOfParam);
        List<Status> defaultStatuses = new ArrayList<>();
        for (String s : statusParams == null ? List.<String>of() : statusParams) {
            for (String one : s.split(",")) {
                Status st = Inputs.enumValue("statuses", one, Status.class);
                if (st != null) {
                    defaultStatuses.add(st);
                }
            }
        }
        Inputs.division("jurisdiction", jurisdiction);
        Rulebook book = evaluations.rulebook();
        if (defaultAsOf != null) {
            Inputs.covered("asOf", defaultAsOf, book.calendar());
        }
        List<Status> statuses = List.copyOf(defaultStatuses);
        String caller = evaluations.caller();
        int maxLines = limits.maxStreamLines();
        return Multi.createFrom().<BulkResult>emitter(em -> {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(BulkService.class.getClassLoader());
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                int n = 0;
                int answered = 0;
                for (String line = in.readLine(); line != null && !em.isCancelled(); line = in.readLine()) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    if (++answered > maxLines) {
                        // the answers so far stand; this line gets the limit's problem and the rest is not read
                        awaitDemand(em);
                        em.emit(BulkResult.failed(null, n, null, Problem.limit(413, "too_many_lines", "Too many lines",
                                "line " + n + " and those after it were not evaluated: one call answers at most " + maxLines
                                        + " lines (zwgk.limits.max-stream-lines); send the rest in another call",
                                List.of(new FieldError("line", "beyond the limit of " + maxLines + " lines")),
                                "zwgk.limits.max-stream-lines", maxLines)));
                        break;
                    }
                    BulkResult result = line(book, line, n, defaultAsOf, statuses, sources, jurisdiction, caller);
                    awaitDemand(em);
                    em.emit(result);
                }
                em.complete();
            } catch (IOException | RuntimeException e) {
                LOG.warnf("NDJSON stream stopped: %s", e.getMessage());
                em.fail(e);
            } finally {
                thread.setContextClassLoader(before);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Reads no further than the client takes: waits while it has not asked for the next result. */
    private static void awaitDemand(MultiEmitter<? super BulkResult> em) {
        while (em.requested() == 0 && !em.isCancelled()) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private BulkResult line(Rulebook book, String text, int n, LocalDate defaultAsOf, List<Status> defaultStatuses,
                            List<String> sources, String jurisdiction, String caller) {
        String key = null;
        try {
            BulkLine l = json.readValue(text, BulkLine.class);
            if (l == null) {
                throw ApiException.invalid("line", "must be a JSON object, was null");
            }
            key = l.key();
            List<Status> statuses = l.statuses() != null ? l.statuses() : defaultStatuses;
            LocalDate asOf = l.asOf() != null ? l.asOf() : defaultAsOf;
            return BulkResult.ok(null, n, key, evaluations.evaluate(book, new EvaluationService.Job(asOf, l.facts(), statuses,
                    sources, jurisdiction, "asOf", "facts"), "stream", caller), true);
        } catch (JsonProcessingException e) {
            return BulkResult.failed(null, n, key, JsonProblems.from(e, ""));
        } catch (ApiException e) {
            return BulkResult.failed(null, n, key, e.problem());
        } catch (RuntimeException e) {
            LOG.errorf(e, "unexpected error on NDJSON line %d", n);
            return BulkResult.failed(null, n, key, Problem.of(500, "internal_error", "Internal error",
                    "an unexpected error occurred on this line; it has been logged", List.of()));
        }
    }
}
