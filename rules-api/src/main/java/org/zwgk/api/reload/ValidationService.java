package org.zwgk.api.reload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.zwgk.api.error.ApiException;
import org.zwgk.api.error.FieldError;
import org.zwgk.api.model.CheckReport;
import org.zwgk.api.model.ValidationRequest;
import org.zwgk.api.service.RulebookService;
import org.zwgk.rules.internal.RuleTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks posted rule files without touching the live rules: copies the rule directory as it is on disk (or the
 * built-in rules when none is configured) to a temporary directory, lays the posted files over it, and checks the
 * copy as {@code rules validate} and {@code rules test} do. The copy is deleted afterwards.
 */
@ApplicationScoped
public class ValidationService {
    private static final Logger LOG = Logger.getLogger(ValidationService.class);
    /** A relative path of folders and a file name, each of letters, digits, '-', '_' or '.', not starting with '.'. */
    private static final Pattern SAFE_PATH = Pattern.compile("([\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]*/)*[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]*\\.(drl|yaml)");
    static final String POSTED_CASES = "posted-cases.cases.yaml";

    @Inject
    RulebookService rules;

    @Inject
    ObjectMapper json;

    public CheckReport validate(ValidationRequest body) {
        if (body == null) {
            throw new ApiException(400, "invalid_json", "Malformed JSON", "the body is empty", List.of());
        }
        Map<String, String> overlay = new LinkedHashMap<>();
        List<ValidationRequest.PostedFile> files = body.files() == null ? List.of() : body.files();
        for (int i = 0; i < files.size(); i++) {
            ValidationRequest.PostedFile f = files.get(i);
            String field = "files[" + i + "]";
            if (f == null) {
                throw ApiException.invalid(field, "must not be null");
            }
            if (f.path() == null) {
                throw ApiException.missing(field + ".path");
            }
            if (!SAFE_PATH.matcher(f.path()).matches() || f.path().contains("..")) {
                throw ApiException.invalid(field + ".path", "'" + f.path() + "' is not a rule file path: a relative path with '/' "
                        + "separators, without '..' or hidden folders, ending in .drl or .yaml");
            }
            if (overlay.containsKey(f.path())) {
                throw ApiException.invalid(field + ".path", "'" + f.path() + "' is posted twice");
            }
            overlay.put(f.path(), f.content());
        }
        List<JsonNode> cases = body.cases() == null ? List.of() : body.cases();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i) == null || !cases.get(i).isObject()) {
                throw ApiException.invalid("cases[" + i + "]", "must be a case object (name, asOf, rules, facts, expect)");
            }
        }
        if (overlay.isEmpty() && cases.isEmpty()) {
            throw new ApiException(400, "missing_field", "Missing field", "post at least one file or case",
                    List.of(new FieldError("files", "is required (or cases)")));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("zwgk-validate-");
            RuleTree base = rules.rulesDir().map(RuleTree::fromDirectory).orElseGet(() -> RuleTree.fromClasspath(classLoader()));
            for (RuleTree.TreeFile f : base.files()) {
                write(tmp, f.path(), f.content());
            }
            for (Map.Entry<String, String> e : overlay.entrySet()) {
                if (e.getValue() == null) {
                    Files.deleteIfExists(tmp.resolve(e.getKey()));
                } else {
                    write(tmp, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!cases.isEmpty()) {
                // JSON is YAML: the cases are read exactly as a *.cases.yaml file beside the rules
                write(tmp, POSTED_CASES, json.writeValueAsBytes(Map.of("cases", cases)));
            }
            return RuleSetChecker.check(tmp, body.runCases() == null || body.runCases()).report();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(tmp);
        }
    }

    private static void write(Path root, String relative, byte[] content) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("outside the copy: " + relative);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("cannot delete the validation copy %s: %s", dir, e.getMessage());
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : ValidationService.class.getClassLoader();
    }
}
