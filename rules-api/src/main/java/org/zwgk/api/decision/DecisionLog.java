package org.zwgk.api.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.zwgk.api.model.DeadlineResult;
import org.zwgk.api.model.EvaluationResult;
import org.zwgk.api.model.FindingView;
import org.zwgk.rules.Status;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The decision log: with {@code zwgk.decision-log.enabled=true}, every evaluation (single, each bulk fact set or
 * NDJSON line, each deadline) is written as one JSON line to the log category {@value #CATEGORY}, at INFO. The line
 * is built here with Jackson; the logging system writes it, so its handler decides where it goes and how the file
 * rotates. A line carries what {@code rules replay} needs to judge the same facts again under the same rule set:
 *
 * <pre>
 * {"time", "caller", "endpoint", "mode", "asOf", "rulesetVersion", "options": {"statuses", "sources", "jurisdiction"},
 *  "factsSha256", "findings": [{"ruleId", "ruleName", "subject", "unit", "status", "dueDate"}], "masked", "facts"}
 * </pre>
 *
 * <p>{@code factsSha256} is the SHA-256 of the facts as read, before masking, written as canonical JSON (object keys
 * sorted, no blanks, nulls left out, UTF-8): an office that kept the original facts can prove they are the ones
 * judged. In {@code facts}, the values of the personal fields ({@code zwgk.decision-log.masked-fields}) are replaced by
 * pseudonyms {@code masked:1}, {@code masked:2}, … numbered within the line, one per distinct value: equal names stay
 * equal and blank stays blank, so a rule that counts an applicant's requests or checks that a contact person is named
 * gives the same verdict on the logged facts as on the originals. A deadline's line carries the request as
 * {@code request} and its answer as one finding of OGI-33 with its {@code state} and {@code workingDaysLeft}.
 */
@ApplicationScoped
public class DecisionLog {
    /** The log category of the decision lines. */
    public static final String CATEGORY = "zwgk.decisions";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    static final String EVALUATIONS = "/api/v1/evaluations";
    static final String BULK = "/api/v1/evaluations/bulk";
    static final String DEADLINES = "/api/v1/deadlines";

    @Inject
    DecisionLogConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    /** The service's mapper, writing only properties that can be read back (no computed getters), nulls left out. */
    private ObjectMapper facts;
    private List<String> masked;

    @PostConstruct
    void init() {
        facts = json.copy().configure(MapperFeature.REQUIRE_SETTERS_FOR_GETTERS, true)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        masked = config.maskedFields().stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The current request's caller (token name or anonymous), or null when the log is off. Request thread only. */
    public String caller() {
        return enabled() ? caller.name() : null;
    }

    /**
     * Logs one evaluation.
     *
     * @param mode   {@code single}, {@code bulk} (one fact set of a JSON bulk call) or {@code stream} (one NDJSON line)
     * @param caller from {@link #caller()} on the request's thread
     */
    public void evaluation(String mode, String caller, FactSet input, List<Status> statuses, List<String> sources,
                           String jurisdiction, EvaluationResult result) {
        if (!enabled()) {
            return;
        }
        ObjectNode line = head(caller, "single".equals(mode) ? EVALUATIONS : BULK, mode, result.asOf(), result.rulesetVersion());
        ObjectNode options = line.putObject("options");
        ArrayNode st = options.putArray("statuses");
        if (statuses != null) {
            statuses.forEach(s -> st.add(s.name()));
        }
        ArrayNode so = options.putArray("sources");
        if (sources != null) {
            sources.forEach(so::add);
        }
        options.put("jurisdiction", jurisdiction);
        JsonNode factsTree = factsTree(input);
        line.put("factsSha256", sha256(factsTree));
        ArrayNode findings = line.putArray("findings");
        for (FindingView f : result.findings()) {
            ObjectNode o = findings.addObject();
            o.put("ruleId", f.ruleId());
            o.put("ruleName", f.ruleName());
            o.put("subject", f.subjectKind() + ":" + f.subjectId());
            o.put("unit", f.unit());
            o.put("status", f.status().name());
            o.put("dueDate", f.dueDate() == null ? null : f.dueDate().toString());
        }
        tail(line, "facts", factsTree);
    }

    /** Logs one deadline computation. */
    public void deadline(String caller, LocalDate asOf, Request request, DeadlineResult result) {
        if (!enabled()) {
            return;
        }
        ObjectNode line = head(caller, DEADLINES, "deadline", asOf, result.rulesetVersion());
        JsonNode requestTree = facts.valueToTree(request);
        line.put("factsSha256", sha256(requestTree));
        ObjectNode o = line.putArray("findings").addObject();
        o.put("ruleId", "OGI-33");
        o.put("subject", "request:" + result.requestId());
        o.put("status", result.status().name());
        o.put("dueDate", result.due() == null ? null : result.due().toString());
        o.put("state", result.state().name());
        if (result.workingDaysLeft() != null) {
            o.put("workingDaysLeft", result.workingDaysLeft());
        } else {
            o.putNull("workingDaysLeft");
        }
        tail(line, "request", requestTree);
    }

    private ObjectNode head(String caller, String endpoint, String mode, LocalDate asOf, String version) {
        ObjectNode line = json.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("caller", caller == null ? Caller.ANONYMOUS : caller);
        line.put("endpoint", endpoint);
        line.put("mode", mode);
        line.put("asOf", asOf == null ? null : asOf.toString());
        line.put("rulesetVersion", version);
        return line;
    }

    private void tail(ObjectNode line, String field, JsonNode tree) {
        ArrayNode m = line.putArray("masked");
        masked.forEach(m::add);
        line.set(field, mask(tree));
        try {
            LOG.info(json.writeValueAsString(line));
        } catch (Exception e) {
            LOG.errorf("a decision line could not be written: %s", e.getMessage());
        }
    }

    /** The fact set as read: only the lists the caller sent (an empty one included), so "none" stays "none". */
    JsonNode factsTree(FactSet input) {
        ObjectNode tree = facts.valueToTree(input);
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (input.subjects().containsKey(name) && !input.carries(name)) {
                it.remove();
            }
        }
        return tree;
    }

    /** A copy of the tree with the personal fields' values replaced by pseudonyms numbered within the line. */
    JsonNode mask(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        mask(copy, null, new HashMap<>());
        return copy;
    }

    private void mask(JsonNode node, String parent, Map<String, String> pseudonyms) {
        if (node instanceof ArrayNode a) {
            a.forEach(e -> mask(e, parent, pseudonyms));
        } else if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (isMasked(parent, name) && v != null && !v.isNull() && !v.isContainerNode()) {
                    String text = v.asText();
                    if (!text.isBlank()) {
                        o.set(name, TextNode.valueOf(pseudonyms.computeIfAbsent(text, t -> "masked:" + (pseudonyms.size() + 1))));
                    }
                } else {
                    mask(v, name, pseudonyms);
                }
            }
        }
    }

    private boolean isMasked(String parent, String name) {
        for (String m : masked) {
            if (m.equals(name) || (parent != null && m.equals(parent + "." + name))) {
                return true;
            }
        }
        return false;
    }

    /** SHA-256 of the canonical JSON: keys sorted at every level, no blanks, UTF-8. */
    String sha256(JsonNode tree) {
        try {
            byte[] canonical = json.writeValueAsBytes(sorted(tree));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode out = json.createObjectNode();
            Set<String> names = new TreeSet<>();
            o.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> out.set(n, sorted(o.get(n))));
            return out;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode out = json.createArrayNode();
            a.forEach(e -> out.add(sorted(e)));
            return out;
        }
        return node;
    }

}
