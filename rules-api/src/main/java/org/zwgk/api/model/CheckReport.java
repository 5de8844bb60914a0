package org.zwgk.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What checking a rule tree found: the same report as {@code rules validate} and {@code rules test}.
 *
 * @param valid     it compiles (no errors) and every example case passes
 * @param version   the content hash the tree would have as a rule set (null when it does not compile)
 * @param ruleCount DRL rules compiled (null when it does not compile)
 * @param errors    how many problems are errors
 * @param warnings  how many problems are warnings
 * @param problems  every error and warning, by file and position
 * @param cases     the example cases run (null when none were run: the tree did not compile, or cases were not asked for)
 */
@Schema(name = "CheckReport", description = "Compile, lint and example-case report of a rule tree, as `rules validate` and `rules test` print it.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CheckReport(
        @Schema(description = "Compiles without errors and every example case passes", example = "false") boolean valid,
        @Schema(description = "Content hash of the checked rule set (null when it does not compile)", example = "a22cea61137d") String version,
        @Schema(description = "DRL rules compiled (null when it does not compile)", example = "156") Integer ruleCount,
        @Schema(example = "1") int errors,
        @Schema(example = "0") int warnings,
        List<RuleProblem> problems,
        CaseSummary cases) {

    public CheckReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A short line saying why the tree is not valid (or that it is). */
    public String summary() {
        if (errors > 0) {
            return errors + (errors == 1 ? " error" : " errors") + ": " + problems.stream()
                    .filter(p -> "error".equals(p.severity())).map(RuleProblem::location)
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
        if (cases != null && cases.failed() > 0) {
            return cases.failed() + " of " + cases.run() + (cases.run() == 1 ? " case" : " cases") + " failed: "
                    + cases.failures().stream().map(f -> f.file() + " › " + f.name()).reduce((a, b) -> a + "; " + b).orElse("");
        }
        if (cases != null && cases.error() != null) {
            return "the example cases cannot be read: " + cases.error();
        }
        return "compiles" + (cases == null ? "" : ", " + cases.passed() + " cases passed");
    }

    /**
     * One error or warning in a rule file.
     *
     * @param file     path relative to the rule directory
     * @param line     1-based, 0 if unknown
     * @param column   1-based, 0 if unknown
     * @param severity {@code error} or {@code warning}
     * @param message  what is wrong
     */
    @Schema(name = "RuleProblem", description = "One error or warning: file (relative to the rule directory), line, column (0 = unknown), severity, message.")
    public record RuleProblem(
            @Schema(example = "liaoning/shuangta/sht26/newmedia.drl") String file,
            @Schema(example = "120") int line,
            @Schema(example = "5") int column,
            @Schema(example = "error", enumeration = {"error", "warning"}) String severity,
            @Schema(example = "[ERR 102] Line 120:4 mismatched input 'then' in rule \"SHT26-9b 更新间隔超过7天\"") String message) {

        /** {@code file:line:column} as compilers print it (unknown parts left out). */
        public String location() {
            return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
        }
    }

    /**
     * The example cases run.
     *
     * @param run      how many
     * @param passed   how many passed
     * @param failed   how many failed
     * @param error    why the cases could not be read, or null
     * @param failures each failed case with its diff
     */
    @Schema(name = "CaseSummary", description = "Example cases run against the tree, and each failure with its diff.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseSummary(
            @Schema(example = "350") int run,
            @Schema(example = "349") int passed,
            @Schema(example = "1") int failed,
            @Schema(description = "Why the cases could not be read (a malformed *.cases.yaml), if so") String error,
            List<FailedCase> failures) {

        public CaseSummary {
            failures = failures == null ? List.of() : List.copyOf(failures);
        }
    }

    /**
     * One failed example case.
     *
     * @param file       the cases file, relative to the rule directory
     * @param name       the case's name
     * @param missing    expected findings that did not appear
     * @param unexpected findings that were not expected
     * @param error      why the case could not run, or null
     * @param diff       the readable diff {@code rules test} prints
     */
    @Schema(name = "FailedCase", description = "An example case that failed: expected findings missing (-) and unexpected ones (+).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FailedCase(
            @Schema(example = "liaoning/shuangta/sht26/newmedia.cases.yaml") String file,
            @Schema(example = "区融媒体中心公众号每3至5天更新一条，符合7天要求") String name,
            @Schema(example = "[\"SHT26-9b account:rmt-wx SATISFIED due 2026-03-29\"]") List<String> missing,
            @Schema(example = "[\"SHT26-9b account:rmt-wx SATISFIED due 2026-03-27  〔SHT26-9b 更新间隔符合要求：自2026-01-01起更新间隔均未超过5天，最后一次更新2026-03-22〕\"]") List<String> unexpected,
            String error,
            String diff) {
    }
}
