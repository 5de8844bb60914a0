package org.zwgk.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.zwgk.rules.EvaluationAbortedException;
import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.LimitExceededException;
import org.zwgk.rules.calendar.CalendarNotCoveredException;

import java.util.List;

/**
 * Every error the service returns, as {@code application/problem+json}: a client's mistake gets its status and a
 * stable code naming the fields at fault; anything else is a 500 with no internals in the body.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public RestResponse<String> api(ApiException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public RestResponse<String> json(JsonProcessingException e) {
        return respond(JsonProblems.from(e, ""));
    }

    /** Also replaces the built-in mapper of these (unknown fields, wrong types, unknown enum values, impossible dates). */
    @ServerExceptionMapper
    public RestResponse<String> mismatch(MismatchedInputException e) {
        return respond(JsonProblems.from(e, ""));
    }

    @ServerExceptionMapper
    public RestResponse<String> facts(InvalidFactsException e) {
        return respond(ApiException.invalidFacts(e, "facts.").problem());
    }

    @ServerExceptionMapper
    public RestResponse<String> limit(LimitExceededException e) {
        return respond(Problem.limit(413, "too_many_facts", "Too many facts", e.getMessage() + " (zwgk.limits.max-facts)",
                List.of(), "zwgk.limits.max-facts", e.max()));
    }

    /** The rule set's fault: a 500 naming the rule (the evaluation service normally maps it first). */
    @ServerExceptionMapper
    public RestResponse<String> runaway(EvaluationAbortedException e) {
        LOG.warn(e.getMessage());
        return respond(Problem.limit(500, "rule_runaway", "Rule runaway", e.getMessage(), List.of(),
                e.reason() == EvaluationAbortedException.Cause.FIRING_CAP ? "zwgk.limits.max-firings" : "zwgk.limits.time-budget",
                e.limit()));
    }

    @ServerExceptionMapper
    public RestResponse<String> calendar(CalendarNotCoveredException e) {
        return respond(ApiException.calendarNotCovered(null, e.year(), List.of()).problem());
    }

    /** No token, or one the service does not know (also a token that failed authentication). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public RestResponse<String> unauthorized(RuntimeException e) {
        RestResponse<String> r = respond(Problem.of(401, "unauthorized", "Unauthorized", "this endpoint needs a token: send "
                + "'Authorization: Bearer <token>' (or 'X-API-Key: <token>') with a token the operator configured", List.of()));
        r.getHeaders().putSingle("WWW-Authenticate", "Bearer realm=\"zwgk\"");
        return r;
    }

    /** A known token without the role this endpoint needs. */
    @ServerExceptionMapper
    public RestResponse<String> forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "the token is known but lacks the role this endpoint needs", List.of()));
    }

    @ServerExceptionMapper
    public RestResponse<String> web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException j) {
            return respond(JsonProblems.from(j, ""));
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e);
        }
        return respond(switch (status) {
            case 404 -> Problem.of(404, "not_found", "Not found", "no such resource; see /q/openapi", List.of());
            case 405 -> Problem.of(405, "method_not_allowed", "Method not allowed", "this resource does not accept that method", List.of());
            case 406 -> Problem.of(406, "not_acceptable", "Not acceptable", "the resource cannot produce the requested media type", List.of());
            case 413 -> bodyTooLarge(null);
            case 415 -> Problem.of(415, "unsupported_media_type", "Unsupported media type", "the body's Content-Type is not accepted "
                    + "here: send application/json (bulk evaluations also take application/x-ndjson)",
                    List.of(new FieldError("Content-Type", "not accepted here")));
            default -> Problem.of(status, "bad_request", Response.Status.fromStatusCode(status) == null ? "Bad request"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), "the request cannot be processed", List.of());
        });
    }

    @ServerExceptionMapper
    public RestResponse<String> unexpected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                return respond(JsonProblems.from(j, ""));
            }
            if (t instanceof ApiException a) {
                return respond(a.problem());
            }
        }
        return internal(e);
    }

    private RestResponse<String> internal(Throwable e) {
        LOG.error("unexpected error", e);
        return respond(Problem.of(500, "internal_error", "Internal error", "an unexpected error occurred; it has been logged", List.of()));
    }

    /** The problem for a body over {@code quarkus.http.limits.max-body-size}. */
    public static Problem bodyTooLarge(String limit) {
        return Problem.of(413, "body_too_large", "Body too large", "the request body is larger than the limit"
                + (limit == null ? "" : " of " + limit) + " (quarkus.http.limits.max-body-size)", List.of());
    }

    private RestResponse<String> respond(Problem p) {
        String body;
        try {
            body = json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + p.status() + ",\"code\":\"" + p.code() + "\"}";
        }
        return RestResponse.ResponseBuilder.<String>create(p.status()).entity(body).type(PROBLEM_JSON).build();
    }
}
