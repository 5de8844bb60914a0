package org.zwgk.rules.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zwgk.rules.EvaluationAbortedException;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.LimitExceededException;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.internal.RuleTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and runs the example cases ({@code *.cases.yaml}) of a rule directory. */
public final class ExampleCases {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ExampleCases() {
    }

    private record CaseFile(List<ExampleCase> cases) {
    }

    /**
     * Every case of the rule directory.
     *
     * @throws CasesFileException naming the file, the line and what is wrong when a cases file cannot be read
     */
    public static List<ExampleCase> read(Path ruleDirectory) {
        return read(RuleTree.fromDirectory(ruleDirectory));
    }

    /** Every case carried by the default rule set on the classpath. */
    public static List<ExampleCase> readDefault() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return read(RuleTree.fromClasspath(cl != null ? cl : ExampleCases.class.getClassLoader()));
    }

    static List<ExampleCase> read(RuleTree tree) {
        List<ExampleCase> out = new ArrayList<>();
        tree.cases().forEach(f -> {
            try {
                CaseFile cf = YAML.readValue(f.content(), CaseFile.class);
                if (cf == null) {
                    return;
                }
                int i = 0;
                for (ExampleCase c : cf.cases() == null ? List.<ExampleCase>of() : cf.cases()) {
                    i++;
                    if (c == null || c.name() == null || c.asOf() == null || c.facts() == null) {
                        List<String> lacking = new ArrayList<>();
                        if (c == null || c.name() == null) lacking.add("name");
                        if (c == null || c.asOf() == null) lacking.add("asOf");
                        if (c == null || c.facts() == null) lacking.add("facts");
                        String which = c != null && c.name() != null ? "案例“" + c.name() + "”" : "第" + i + "个案例";
                        throw new CasesFileException(f.path(), 0, which + "缺少 " + String.join("、", lacking)
                                + "：每个案例都须有 name、asOf 和 facts（case " + i + " lacks " + String.join(", ", lacking)
                                + ": every case needs name, asOf and facts）");
                    }
                    out.add(new ExampleCase(f.path(), c.name(), c.asOf(), c.rules(), c.facts(), c.expect()));
                }
            } catch (JsonProcessingException e) {
                ReadError r = ReadError.of(e, new String(f.content(), java.nio.charset.StandardCharsets.UTF_8));
                throw new CasesFileException(f.path(), r.line(), r.message());
            } catch (IOException e) {
                throw new UncheckedIOException(f.path() + ": " + e.getMessage(), e);
            }
        });
        return out;
    }

    /**
     * Runs one case against a rule book. A case the rules cannot finish (a rule looping or joining without constraint,
     * stopped by the rule book's {@link org.zwgk.rules.Limits}) or that a consequence breaks is a failed case whose
     * error names the rule; it never throws for the rules' sake.
     */
    public static CaseResult run(Rulebook book, ExampleCase c) {
        List<Finding> findings;
        try {
            findings = book.evaluate(c.facts(), c.asOf(), EvaluationOptions.everything()).findings();
        } catch (InvalidFactsException e) {
            return new CaseResult(c, List.of(), List.of(), "invalid facts: " + e.getMessage());
        } catch (EvaluationAbortedException e) {
            // a looping or exploding rule: the case fails naming it, before the rule set goes live
            return new CaseResult(c, List.of(), List.of(), e.getMessage());
        } catch (LimitExceededException e) {
            return new CaseResult(c, List.of(), List.of(), "limit exceeded: " + e.getMessage());
        } catch (RuntimeException e) {
            // a consequence that throws: the engine wraps it; its message names the rule
            return new CaseResult(c, List.of(), List.of(), "the rules failed: " + e);
        }
        Set<String> judged = c.judgedRules();
        List<Finding> actual = new ArrayList<>(findings.stream().filter(f -> judged.contains(f.ruleId())).toList());
        List<String> missing = new ArrayList<>();
        // Expectations that name a due date are matched first, so one without a date cannot take the finding a dated
        // one needs; the outcome does not depend on the order in which rules fired.
        List<ExampleCase.Expected> expected = new ArrayList<>(c.expect());
        expected.sort(Comparator.comparing((ExampleCase.Expected e) -> e.due() == null));
        for (ExampleCase.Expected e : expected) {
            Finding match = actual.stream().filter(f -> matches(e, f)).findFirst().orElse(null);
            if (match == null) {
                missing.add(line(e));
            } else {
                actual.remove(match);
            }
        }
        return new CaseResult(c, missing, actual.stream().map(ExampleCases::line).toList(), null);
    }

    /**
     * Evaluates the first case of each cases file once and forgets the results: the classes an evaluation needs and the
     * conditions the engine compiles on first use are then loaded before a caller's first evaluation pays for them (a
     * service does this while it starts). The first case of each file reaches every rule package the cases cover,
     * at a tenth of the cost of running them all.
     *
     * @return how many cases were evaluated
     */
    public static int warmUp(Rulebook book, List<ExampleCase> cases) {
        Set<String> files = new HashSet<>();
        int n = 0;
        for (ExampleCase c : cases) {
            if (files.add(c.file())) {
                run(book, c);
                n++;
            }
        }
        return n;
    }

    private static boolean matches(ExampleCase.Expected e, Finding f) {
        return e.rule().equals(f.ruleId()) && e.subject().equals(f.subject()) && e.status() == f.status()
                && (e.due() == null || e.due().equals(f.dueDate()));
    }

    static String line(ExampleCase.Expected e) {
        return e.rule() + " " + e.subject() + " " + e.status() + (e.due() == null ? "" : " due " + e.due());
    }

    static String line(Finding f) {
        return f.ruleId() + " " + f.subject() + " " + f.status() + (f.dueDate() == null ? "" : " due " + f.dueDate())
                + "  〔" + f.ruleName() + "：" + f.message() + "〕";
    }

    /**
     * What the cases leave unproven about the catalogue, one line each in Chinese: a checked duty without a DRL rule,
     * a rule id without a case where it fires (VIOLATION or WARNING) or without one where it does not, a case naming an
     * id the catalogue lacks. Empty when every checked duty is shown both ways. The build and {@code bin/rules test}
     * both enforce it.
     */
    public static List<String> coverageGaps(Rulebook book, List<ExampleCase> cases) {
        java.util.Set<String> fires = new java.util.HashSet<>();
        java.util.Set<String> quiet = new java.util.HashSet<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        book.catalogue().forEach(e -> ids.add(e.id()));
        List<String> gaps = new java.util.ArrayList<>();
        for (ExampleCase c : cases) {
            for (String id : c.judgedRules()) {
                if (!ids.contains(id)) {
                    gaps.add(c.file() + "：案例“" + c.name() + "”引用的编号" + id + "不在目录中");
                    continue;
                }
                boolean fired = c.expect().stream().anyMatch(e -> e.rule().equals(id)
                        && (e.status() == org.zwgk.rules.Status.VIOLATION || e.status() == org.zwgk.rules.Status.WARNING));
                (fired ? fires : quiet).add(id);
            }
        }
        for (org.zwgk.rules.CatalogueEntry e : book.catalogue()) {
            if (e.kind() != org.zwgk.rules.CatalogueEntry.Kind.RULE) {
                continue;
            }
            if (e.rules().isEmpty()) gaps.add(e.id() + "：source.yaml登记为规则（kind: rule），但没有DRL规则");
            if (!fires.contains(e.id())) gaps.add(e.id() + "：没有触发（VIOLATION或WARNING）的案例");
            if (!quiet.contains(e.id())) gaps.add(e.id() + "：没有不触发的案例");
        }
        return List.copyOf(gaps);
    }
}
