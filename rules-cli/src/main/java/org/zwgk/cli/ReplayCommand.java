package org.zwgk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zwgk.rules.DeadlineVerdict;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.Status;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code rules replay LOGLINE}: judges a logged decision again under the archived rule set it names, and says whether
 * the findings are the same.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-evaluate decisions from the service's decision log (zwgk.decision-log.enabled=true) under the "
                + "rule set each names, taken from the rule archive (zwgk.rules.archive-dir), and compare the findings: "
                + "rule, subject, unit, status and due date (for a deadline: status, due date, state and working days left).",
                "LOGLINE is a file holding decision lines (one JSON object a line; text before the first '{' is skipped), "
                        + "or - for standard input. The logged facts carry pseudonyms for personal fields; rules judge "
                        + "equality and presence of those, never their content, so the verdicts are reproduced.",
                "Exit 0 every line gives the same findings, 1 some line differs (or its archived rule set was altered), "
                        + "2 usage error: no such file, a line that is not a decision, a version not in the archive."})
final class ReplayCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOGLINE", description = "a file of decision lines, or - for standard input")
    String input;

    @Option(names = "--archive", paramLabel = "DIR",
            description = "the rule archive, one folder per version (default: the service's default, ${DEFAULT-VALUE})")
    Path archive = Path.of(System.getProperty("java.io.tmpdir"), "zwgk-rules-archive");

    private final Map<String, Rulebook> books = new HashMap<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> lines = read();
        int same = 0;
        int different = 0;
        int n = 0;
        for (String raw : lines) {
            n++;
            if (raw.isBlank()) {
                continue;
            }
            JsonNode line = parse(raw, n);
            if (replay(out, line, n)) {
                same++;
            } else {
                different++;
            }
        }
        if (same + different == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no decision line in " + input);
        }
        out.println(RuleDirs.plural(same + different, "decision") + " replayed: " + same + " same, " + different + " different");
        return different == 0 ? RulesCommand.OK : RulesCommand.FOUND;
    }

    private List<String> read() throws IOException {
        if ("-".equals(input)) {
            InputStream in = System.in;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Path p = Path.of(input);
        if (!Files.isRegularFile(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + input);
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    private JsonNode parse(String raw, int n) {
        int brace = raw.indexOf('{');
        try {
            JsonNode node = brace < 0 ? null : JSON.readTree(raw.substring(brace));
            if (node == null || !node.isObject() || !node.hasNonNull("rulesetVersion") || !node.hasNonNull("findings")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "line " + n + " is not a decision line "
                        + "(a JSON object with rulesetVersion, findings and facts or request)");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "line " + n + " is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Replays one line; true when the findings are the same and the archived tree is the one named. */
    private boolean replay(PrintWriter out, JsonNode line, int n) throws JsonProcessingException {
        String version = line.get("rulesetVersion").asText();
        String mode = line.path("mode").asText("single");
        LocalDate asOf = date(line, "asOf", n);
        Rulebook book = book(version);
        out.println("line " + n + ": " + line.path("endpoint").asText("?") + " (" + mode + "), as of " + asOf + ", rule set "
                + version + ", caller " + line.path("caller").asText("?") + ", logged " + line.path("time").asText("?"));
        boolean altered = !book.version().equals(version);
        if (altered) {
            out.println("  the archived rule set " + version + " has been altered: it now loads as version " + book.version());
        }
        List<String> logged = new ArrayList<>();
        line.get("findings").forEach(f -> logged.add(key(f, "deadline".equals(mode))));
        List<String> now;
        try {
            now = "deadline".equals(mode) ? deadline(book, line, asOf, n) : evaluation(book, line, asOf, n);
        } catch (InvalidFactsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "line " + n + ": the logged facts cannot be judged: "
                    + e.getMessage());
        }
        Map<String, Integer> diff = new TreeMap<>();
        logged.forEach(k -> diff.merge(k, -1, Integer::sum));
        now.forEach(k -> diff.merge(k, 1, Integer::sum));
        List<String> rows = new ArrayList<>();
        diff.forEach((k, c) -> {
            for (int i = 0; i < Math.abs(c); i++) {
                rows.add((c < 0 ? "  - " : "  + ") + k);
            }
        });
        if (rows.isEmpty()) {
            out.println("  same findings (" + logged.size() + ")");
        } else {
            out.println("  different findings: - logged, + now");
            rows.forEach(out::println);
        }
        return rows.isEmpty() && !altered;
    }

    private List<String> evaluation(Rulebook book, JsonNode line, LocalDate asOf, int n) throws JsonProcessingException {
        if (!line.hasNonNull("facts")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "line " + n + " has no facts");
        }
        FactSet facts = JSON.treeToValue(line.get("facts"), FactSet.class);
        JsonNode options = line.path("options");
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        options.path("statuses").forEach(s -> statuses.add(Status.valueOf(s.asText())));
        Set<String> sources = new LinkedHashSet<>();
        options.path("sources").forEach(s -> sources.add(s.asText()));
        List<Finding> findings = book.evaluate(facts, asOf, new EvaluationOptions(
                statuses.isEmpty() ? EnumSet.allOf(Status.class) : statuses, sources)).findings();
        String area = options.path("jurisdiction").isTextual() ? options.get("jurisdiction").asText() : null;
        Map<String, String> divisionOf = new HashMap<>();
        for (Unit u : facts.getUnits()) {
            divisionOf.put(u.getId(), u.getDivision());
        }
        List<String> keys = new ArrayList<>();
        for (Finding f : findings) {
            if (area == null || org.zwgk.rules.Division.within(divisionOf.get(f.unit()), area)) {
                keys.add(key(f.ruleId(), f.ruleName(), f.subject(), f.unit(), f.status().name(), f.dueDate()));
            }
        }
        return keys;
    }

    private List<String> deadline(Rulebook book, JsonNode line, LocalDate asOf, int n) throws JsonProcessingException {
        if (!line.hasNonNull("request")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "line " + n + " has no request");
        }
        Request r = JSON.treeToValue(line.get("request"), Request.class);
        DeadlineVerdict v = book.deadline(r, asOf);
        AnswerDeadline d = v.deadline();
        return List.of("OGI-33 request:" + d.requestId() + " " + v.status() + " due " + d.due() + " " + d.state()
                + " left " + d.workingDaysLeft());
    }

    private static String key(JsonNode f, boolean deadline) {
        String due = f.hasNonNull("dueDate") ? f.get("dueDate").asText() : null;
        if (deadline) {
            return "OGI-33 " + f.path("subject").asText() + " " + f.path("status").asText() + " due " + due + " "
                    + f.path("state").asText()
                    + " left " + (f.hasNonNull("workingDaysLeft") ? f.get("workingDaysLeft").asText() : "null");
        }
        return key(f.path("ruleId").asText(), f.path("ruleName").asText(), f.path("subject").asText(),
                f.hasNonNull("unit") ? f.get("unit").asText() : null, f.path("status").asText(),
                due == null ? null : LocalDate.parse(due));
    }

    private static String key(String ruleId, String ruleName, String subject, String unit, String status, LocalDate due) {
        return ruleId + " " + subject + " " + status + (due == null ? "" : " " + due) + " [" + ruleName + (unit == null ? "" : ", " + unit) + "]";
    }

    private LocalDate date(JsonNode line, String field, int n) {
        try {
            return LocalDate.parse(line.path(field).asText());
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "line " + n + ": " + field + " is not a date");
        }
    }

    private Rulebook book(String version) {
        return books.computeIfAbsent(version, v -> {
            Path dir = archive.resolve(v);
            if (!v.matches("[0-9a-f]{6,64}") || !Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "rule set " + v + " is not in the archive " + archive
                        + " (give the service's zwgk.rules.archive-dir with --archive)");
            }
            try {
                return Rulebook.load(dir);
            } catch (RulebookLoadException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the archived rule set " + v + " does not load: "
                        + e.getMessage());
            }
        });
    }
}
