package org.zwgk.rules;

import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.internal.RequestCopies;
import org.zwgk.rules.fees.FeeCalculator;
import org.zwgk.rules.internal.CompiledRuleSet;
import org.zwgk.rules.internal.Evaluator;
import org.zwgk.rules.internal.FactChecks;
import org.zwgk.rules.internal.Precompiled;
import org.zwgk.rules.internal.RuleSetCompiler;
import org.zwgk.rules.internal.RuleTree;
import org.zwgk.rules.report.AnnualReportFiller;
import org.zwgk.rules.report.FilledReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The disclosure duties as a compiled rule set: load once, evaluate many times.
 *
 * <pre>{@code
 * Rulebook book = Rulebook.load();                       // the rules inside the rules-core jar
 * Evaluation ev = book.evaluate(facts, LocalDate.of(2026, 3, 1));
 * ev.breaches().forEach(f -> System.out.println(f.ruleId() + " " + f.subject() + " " + f.message()));
 * }</pre>
 *
 * Immutable and thread-safe: each evaluation runs in its own session, which is always closed. Rules never read the
 * system clock; the evaluation date is an argument. Each evaluation runs within {@link Limits} (firing cap, time
 * budget, fact count; {@link Limits#defaults()} unless given to {@code load} or {@link #withLimits}).
 */
public final class Rulebook {
    private final Evaluator evaluator;
    private final Limits limits;

    private Rulebook(Evaluator evaluator, Limits limits) {
        this.evaluator = evaluator;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    Rulebook(CompiledRuleSet rules, Limits limits) {
        this(new Evaluator(rules), limits);
    }

    /**
     * The default rule set carried by the rules-core jar.
     *
     * @throws RulebookLoadException if it does not compile (file, line and message for each problem)
     */
    public static Rulebook load() {
        return load(Limits.defaults());
    }

    /** The default rule set, evaluating within {@code limits}. */
    public static Rulebook load(Limits limits) {
        ClassLoader cl = classLoader();
        RuleTree tree = RuleTree.fromClasspath(cl);
        // compiled when the jar was built, if that was this very tree (otherwise compiled now)
        return new Rulebook(RuleSetCompiler.compile(tree, cl, Precompiled.find(tree, cl)), limits);
    }

    /**
     * The rule set in a directory laid out like {@code drl/}: DRL grouped by source, a {@code source.yaml} per source,
     * {@code calendar/YYYY.yaml}.
     *
     * @throws RulebookLoadException if it does not compile (file, line and message for each problem)
     */
    public static Rulebook load(Path directory) {
        return load(directory, Limits.defaults());
    }

    /** The rule set in a directory, evaluating within {@code limits}. */
    public static Rulebook load(Path directory, Limits limits) {
        ClassLoader cl = classLoader();
        return new Rulebook(RuleSetCompiler.compile(RuleTree.fromDirectory(directory), cl), limits);
    }

    /** The same compiled rule set with other limits (cheap: nothing is compiled again). */
    public Rulebook withLimits(Limits other) {
        return other.equals(limits) ? this : new Rulebook(evaluator, other);
    }

    /** The limits each evaluation runs within. */
    public Limits limits() {
        return limits;
    }

    private static ClassLoader classLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : Rulebook.class.getClassLoader();
    }

    /** Evaluates a fact set on {@code asOf}, returning every finding (including SATISFIED). */
    public Evaluation evaluate(FactSet facts, LocalDate asOf) {
        return evaluate(facts, asOf, EvaluationOptions.everything());
    }

    /**
     * Evaluates a fact set on {@code asOf}.
     *
     * @throws InvalidFactsException       if the facts cannot be judged (each problem names the field and the reason)
     * @throws LimitExceededException      if the fact set has more facts than {@link Limits#maxFacts()}
     * @throws EvaluationAbortedException  if the rules fire more often than {@link Limits#maxFirings()} or run longer
     *                                     than {@link Limits#timeBudget()}: the rule set's fault, named in the message
     */
    public Evaluation evaluate(FactSet facts, LocalDate asOf, EvaluationOptions options) {
        org.zwgk.rules.internal.DeclaredKinds.check(facts, evaluator.rules().sources().values());
        return evaluator.evaluate(facts, asOf, Objects.requireNonNull(options, "options"), limits);
    }

    /**
     * A request's answer deadline (OGI-30/31/32/33/34, FEE) on {@code asOf}: due date, pauses, extension, working days
     * left. A calendar gap or a missing date of receipt gives state INCOMPLETE naming what is missing. A deadline
     * counted through a year without a notice lists it in {@code provisionalYears()}: its dates are provisional.
     *
     * @throws InvalidFactsException if the request contradicts itself (a null or incomplete consultation, a reply
     *                               before its sending, an answer before receipt, a negative count), fields named
     *                               under {@code request}
     */
    public AnswerDeadline answerDeadline(Request request, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        FactChecks.validateRequest(request);
        // The evaluation's own clock over this one request: the same rank in the month, the same provisional marks.
        return new org.zwgk.rules.engine.Clock(evaluator.rules().calendar(), evaluator.answerClock(), asOf, List.of(request))
                .answer(request);
    }

    /**
     * A request's answer deadline on {@code asOf} with OGI-33's verdict, judged by the rules: the request is evaluated
     * on its own (national rules only) and its OGI-33 findings give the status, so this answer and an evaluation of
     * the same request never disagree. The request is not modified; a missing id or unit is filled in a copy.
     *
     * @throws InvalidFactsException if the request contradicts itself (fields named under {@code request})
     */
    public DeadlineVerdict deadline(Request request, LocalDate asOf) {
        AnswerDeadline d = answerDeadline(request, asOf);
        Request r = RequestCopies.copy(request);
        if (r.getId() == null || r.getId().isBlank()) {
            r.setId("request");
        }
        Unit unit = new Unit(r.getUnit() == null || r.getUnit().isBlank() ? "unit" : r.getUnit(), null, Source.NATIONAL, null);
        r.setUnit(unit.getId());
        Evaluation ev = evaluate(FactSet.of(List.of(unit), List.of(r)), asOf,
                EvaluationOptions.everything().withRuleIds(java.util.Set.of(DEADLINE_DUTY)));
        List<Finding> findings = ev.findings().stream()
                .filter(f -> DEADLINE_DUTY.equals(f.ruleId()) && r.getId().equals(f.subjectId())).toList();
        Status status = findings.stream().map(Finding::status).min(java.util.Comparator.naturalOrder()).orElse(Status.INCOMPLETE);
        return new DeadlineVerdict(d, status, findings);
    }

    /** The duty whose verdict {@link #deadline} gives: the answer period of 第三十三条. */
    private static final String DEADLINE_DUTY = "OGI-33";

    /** The source code of the annual report format's checks (国办公开办函〔2021〕30号), {@code drl/national/report/}. */
    public static final String REPORT_SOURCE = "RPT";

    /**
     * The tables of a unit's annual report for {@code year} (parts 二, 三, 四 of 国办公开办函〔2021〕30号), filled from
     * the unit's requests and part 二 counts in {@code facts}. Each non-zero cell names the requests it counts; a
     * request that cannot be placed makes the result incomplete and is named with the missing field.
     *
     * @param unit the unit's id; may be {@code null} when the facts hold exactly one unit
     * @throws InvalidFactsException if the facts are invalid, the unit is unknown or ambiguous, or the year is
     *                               outside 2008–9999
     */
    public FilledReport fillAnnualReport(FactSet facts, String unit, int year) {
        FactChecks.validate(facts);
        java.util.List<InvalidFactsException.Problem> p = new java.util.ArrayList<>();
        if (year < 2008 || year > 9999) {
            p.add(new InvalidFactsException.Problem("year", "must be between 2008 and 9999, was " + year));
        }
        String id = unit;
        if (id == null || id.isBlank()) {
            if (facts.getUnits().size() == 1) {
                id = facts.getUnits().get(0).getId();
            } else {
                p.add(new InvalidFactsException.Problem("unit", "is required: the facts hold " + facts.getUnits().size() + " units"));
            }
        } else if (facts.getUnits().stream().noneMatch(u -> unit.equals(u.getId()))) {
            p.add(new InvalidFactsException.Problem("unit", "no unit with id '" + unit + "' in units"));
        }
        if (!p.isEmpty()) {
            throw new InvalidFactsException(p);
        }
        return new AnnualReportFiller(evaluator.rules().calendar(), evaluator.answerClock()).fill(id, year, facts.getRequests(), facts.getProactiveCounts());
    }

    /**
     * Checks the tables of every annual report in {@code facts} that carries them, by the rules of source
     * {@link #REPORT_SOURCE}: the format's arithmetic, the carry-over and 现行有效 against last year's report when the
     * facts hold it, and each cell against the ledger when the facts carry {@code requests} (or part 二 counts).
     * Only that source's findings are returned; {@code options} filters them further by status.
     *
     * @throws InvalidFactsException as {@link #evaluate(FactSet, LocalDate, EvaluationOptions)}
     */
    public Evaluation checkAnnualReports(FactSet facts, LocalDate asOf, EvaluationOptions options) {
        return evaluate(facts, asOf, Objects.requireNonNull(options, "options").withSources(java.util.Set.of(REPORT_SOURCE)));
    }

    /** Every duty of every source, checked or guidance, with its citation. */
    public List<CatalogueEntry> catalogue() {
        return evaluator.rules().catalogue();
    }

    /** One duty by id. */
    public Optional<CatalogueEntry> duty(String id) {
        return catalogue().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The sources (documents) with their parameters, by code. */
    public Map<String, Source> sources() {
        return evaluator.rules().sources();
    }

    /** The working-day calendar this rule set carries. */
    public WorkingDayCalendar calendar() {
        return evaluator.rules().calendar();
    }

    /** The fee calculator with this rule set's bands. */
    public FeeCalculator fees() {
        return evaluator.fees();
    }

    /** A content hash of the rule set's files. */
    public String version() {
        return evaluator.rules().version();
    }

    /** When this rule set was compiled. */
    public Instant loadedAt() {
        return evaluator.rules().loadedAt();
    }

    /** Compiler warnings (the rule set loaded despite them). */
    public List<RulebookLoadException.Problem> warnings() {
        return evaluator.rules().warnings();
    }

    /** The number of DRL rules. */
    public int ruleCount() {
        return evaluator.rules().scopes().size();
    }

    /**
     * Writes the files this rule set was compiled from (DRL, {@code source.yaml}, calendar, example cases) under
     * {@code directory}, laid out as a rule directory: {@link #load(Path)} reads it back with the same
     * {@link #version()}. For keeping every rule set a service has answered with, to re-evaluate old decisions.
     *
     * @throws IOException if a file cannot be written
     */
    public void writeTree(Path directory) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        for (RuleTree.TreeFile f : evaluator.rules().tree().files()) {
            Path to = root.resolve(f.path()).normalize();
            if (!to.startsWith(root)) {
                throw new IOException("a rule file lies outside the tree: " + f.path());
            }
            Files.createDirectories(to.getParent());
            Files.write(to, f.content());
        }
    }
}
