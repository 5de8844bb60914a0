package org.zwgk.rules.internal;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationAbortedException;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.LimitExceededException;
import org.zwgk.rules.Limits;
import org.zwgk.rules.Source;
import org.zwgk.rules.deadline.AnswerClock;
import org.zwgk.rules.deadline.DeadlineRules;
import org.zwgk.rules.engine.Clock;
import org.zwgk.rules.engine.Derivation;
import org.zwgk.rules.engine.Findings;
import org.zwgk.rules.engine.Ledger;
import org.zwgk.rules.engine.Params;
import org.zwgk.rules.engine.Period;
import org.zwgk.rules.engine.Periods;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Subject;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.fees.FeeCalculator;
import org.zwgk.rules.fees.FeeSchedule;
import org.zwgk.rules.report.AnnualReportFiller;
import org.zwgk.rules.report.ReportLedger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Runs one compiled rule set on fact sets: a session per evaluation, from a pool, always disposed (reset). Thread-safe. */
public final class Evaluator {
    /** Marks a rule that cannot fire in an evaluation (Scope). */
    private static final RuleScope OUT = new RuleScope("", "", "", "", "", "", LocalDate.MIN, null, LocalDate.MIN, Set.of());

    /** A rule set that fires more often than this in one evaluation is looping. */
    public static final int MAX_FIRINGS = Limits.DEFAULT_MAX_FIRINGS;

    private final CompiledRuleSet rules;
    /** Sessions are reused: a disposed session is reset and returned here. Every global is set again each time. */
    private final KieSessionsPool sessions;
    private final Params params;
    private final AnswerClock answerClock;
    private final FeeCalculator fees;

    public Evaluator(CompiledRuleSet rules) {
        this.rules = rules;
        this.sessions = rules.kieBase().newKieSessionsPool(2);
        this.params = new Params(rules.sources());
        this.fees = new FeeCalculator(FeeSchedule.from(params));
        this.answerClock = AnswerClock.dated(rules.calendar(), params); // each request counted by the numbers of its date
    }

    public CompiledRuleSet rules() {
        return rules;
    }

    public Params params() {
        return params;
    }

    public AnswerClock answerClock() {
        return answerClock;
    }

    public FeeCalculator fees() {
        return fees;
    }

    public Evaluation evaluate(FactSet facts, LocalDate asOf, EvaluationOptions options) {
        return evaluate(facts, asOf, options, Limits.defaults());
    }

    /**
     * @throws LimitExceededException     if the fact set has more facts than {@link Limits#maxFacts()}
     * @throws EvaluationAbortedException if the rules fire more often than the cap or run past the time budget
     */
    public Evaluation evaluate(FactSet facts, LocalDate asOf, EvaluationOptions options, Limits limits) {
        if (facts != null && facts.size() > limits.maxFacts()) {
            throw new LimitExceededException("maxFacts", limits.maxFacts(), facts.size(), "the fact set has too many facts");
        }
        FactChecks.validate(facts, asOf, rules.calendar());
        Set<String> carried = carried(facts);
        Clock clock = new Clock(rules.calendar(), answerClock, asOf, facts.getRequests());
        Findings findings = new Findings(rules.sourcesByPackage(), clock);
        Ledger ledger = new Ledger(facts, fees, clock);
        Periods periods = new Periods(rules.sources(), facts.getUnits(), asOf);
        // Undated reads give the value in force on the evaluation date. Drools tests a rule's conditions on every fact
        // before the agenda filter drops what falls outside the rule's source (a 2026 plan's rule meets 2024 facts), so a
        // date before a parameter's first value reads that first value: such a match never fires.
        Params params = this.params.on(asOf).orFirst();
        Map<String, Object> globals = Map.of("findings", findings, "clock", clock, "ledger", ledger, "params", params,
                "fees", fees, "asOf", asOf,
                "periods", periods,
                "reportLedger", new ReportLedger(new AnnualReportFiller(rules.calendar(), answerClock)));
        KieSession session = sessions.newKieSession();
        Guard guard = new Guard(session, limits);
        try {
            globals.forEach((name, value) -> {
                if (rules.globals().contains(name)) {
                    session.setGlobal(name, value);
                }
            });
            session.addEventListener(guard);
            facts.all().forEach(session::insert);
            new Derivation(facts, asOf, clock, ledger, params, periods).insertAll(session::insert);
            guard.start();
            // one firing past the cap tells a rule set that needs exactly the cap from one that would go on
            long fireLimit = limits.maxFirings() == Integer.MAX_VALUE ? Integer.MAX_VALUE : limits.maxFirings() + 1L;
            Scope scope = new Scope(ledger, asOf, options.sources(), options.ruleIds(), carried, guard);
            long fired = 0;
            // A group leaves the focus stack once it is empty; a rule activated later by another rule's consequence
            // (an inserted fact) would wait in a group no longer focused. So focus again and fire until a pass fires
            // nothing: the rules chain as they would in one agenda.
            while (true) {
                focus(session, facts, asOf, options, carried);
                int pass = session.fireAllRules(scope, (int) Math.min(Integer.MAX_VALUE, fireLimit - fired));
                fired += pass;
                if (pass == 0 || guard.stopped != null || fired >= fireLimit) {
                    break;
                }
            }
            if (fired > limits.maxFirings() && guard.stopped == null) {
                guard.stopped = EvaluationAbortedException.Cause.FIRING_CAP;
            }
            if (guard.stopped != null) {
                throw guard.aborted();
            }
        } finally {
            session.removeEventListener(guard); // the session goes back to the pool: its next user brings its own guard
            session.dispose(); // back to the pool, reset: no fact, match, focus or finding survives
        }
        List<Finding> out = findings.sealed().stream().filter(f -> options.statuses().contains(f.status())).toList();
        return new Evaluation(asOf, rules.version(), rulesInScope(facts, asOf, options, carried), out,
                List.copyOf(clock.uncoveredYears()), List.copyOf(clock.provisionalYears()));
    }

    /**
     * Counts firings and matches per rule on the evaluating thread and halts the session once the firing cap or the time budget
     * is passed; from then on the agenda filter refuses every match, so the agenda drains without firing. Both are
     * checked between firings: a single consequence, or the matching of one rule's conditions, is not interrupted.
     */
    private final class Guard extends DefaultAgendaEventListener {
        private final KieSession session;
        private final Limits limits;
        private final Map<String, long[]> perRule = new HashMap<>();
        private long startNanos;
        private long deadlineNanos;
        private long total;
        private String last;
        volatile EvaluationAbortedException.Cause stopped;

        Guard(KieSession session, Limits limits) {
            this.session = session;
            this.limits = limits;
        }

        void start() {
            startNanos = System.nanoTime();
            deadlineNanos = startNanos + limits.timeBudget().toNanos();
        }

        /** Matches made count too: a cross product spends its time making matches before its first firing. */
        @Override
        public void matchCreated(MatchCreatedEvent event) {
            perRule.computeIfAbsent(RuleSetCompiler.key(event.getMatch().getRule()), k -> new long[2])[1]++;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            String key = RuleSetCompiler.key(event.getMatch().getRule());
            perRule.computeIfAbsent(key, k -> new long[2])[0]++;
            last = key;
            total++;
            if (stopped != null) {
                return;
            }
            if (total > limits.maxFirings()) {
                stop(EvaluationAbortedException.Cause.FIRING_CAP);
            } else if (System.nanoTime() - deadlineNanos > 0) {
                stop(EvaluationAbortedException.Cause.TIME_BUDGET);
            }
        }

        /** Checked by the agenda filter too, so a match that would fire after the deadline is refused. */
        boolean expired() {
            if (stopped == null && startNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
                stop(EvaluationAbortedException.Cause.TIME_BUDGET);
            }
            return stopped != null;
        }

        private void stop(EvaluationAbortedException.Cause cause) {
            stopped = cause;
            session.halt();
        }

        /** Names the rule with the most firings or matches, whichever is larger: the looping or exploding one. */
        EvaluationAbortedException aborted() {
            String top = null;
            long topScore = 0;
            long topCount = 0;
            for (var e : perRule.entrySet()) {
                long score = Math.max(e.getValue()[0], e.getValue()[1]);
                if (score > topScore) {
                    top = e.getKey();
                    topScore = score;
                    topCount = e.getValue()[0];
                }
            }
            RuleScope scope = top == null ? null : rules.scopes().get(top);
            String limit = stopped == EvaluationAbortedException.Cause.FIRING_CAP
                    ? String.valueOf(limits.maxFirings()) : limits.timeBudget().toString();
            return new EvaluationAbortedException(stopped, name(top), scope == null ? null : scope.file(), topCount,
                    top == null ? 0 : perRule.get(top)[1], name(last), total, (System.nanoTime() - startNanos) / 1_000_000, limit);
        }

        private String name(String key) {
            if (key == null) {
                return null;
            }
            RuleScope scope = rules.scopes().get(key);
            return scope != null ? scope.ruleName() : key.substring(key.indexOf('/') + 1);
        }
    }

    /**
     * Gives the focus to the rules that can bind the fact set: of the sources and ids asked for, reading only lists it
     * carries, of a source issued by the evaluation date, national or binding one of its units. Each rule has an agenda group of its own
     * ({@link RuleSetCompiler#withAgendaGroups}); the engine evaluates the conditions of focused rules only, so the
     * plans of other places cost nothing. {@link Scope} still decides each match (dates, the match's own unit).
     */
    private void focus(KieSession session, FactSet facts, LocalDate asOf, EvaluationOptions options, Set<String> carried) {
        Set<String> divisions = new java.util.HashSet<>();
        for (Unit u : facts.getUnits()) {
            divisions.add(u.getDivision());
        }
        var agenda = session.getAgenda();
        for (var e : rules.scopes().entrySet()) {
            RuleScope s = e.getValue();
            if ((options.sources().isEmpty() || options.sources().contains(s.source()))
                    && (options.ruleIds().isEmpty() || options.ruleIds().contains(s.id()))
                    && carried.containsAll(s.needs())
                    && s.issuedBy(asOf)
                    && (Source.NATIONAL.equals(s.jurisdiction()) || divisions.stream().anyMatch(s::binds))) {
                agenda.getAgendaGroup(e.getKey()).setFocus();
            }
        }
    }

    /** The lists the fact set carries (set by the caller, even empty, or holding facts). */
    private static Set<String> carried(FactSet facts) {
        return facts.subjects().keySet().stream().filter(facts::carries).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** How many rules bind at least one unit of the fact set on the evaluation date, and can judge what it carries. */
    private int rulesInScope(FactSet facts, LocalDate asOf, EvaluationOptions options, Set<String> carried) {
        Set<String> sources = options.sources();
        Set<String> ids = options.ruleIds();
        java.util.TreeSet<LocalDate> requestDates = new java.util.TreeSet<>();
        for (var r : facts.getRequests()) {
            if (r != null && r.referenceDate() != null) {
                requestDates.add(r.referenceDate());
            }
        }
        Set<String> divisions = new java.util.HashSet<>();
        for (Unit u : facts.getUnits()) {
            divisions.add(u.getDivision());
        }
        int n = 0;
        for (RuleScope s : rules.scopes().values()) {
            if ((sources.isEmpty() || sources.contains(s.source()))
                    && (ids.isEmpty() || ids.contains(s.id()))
                    && carried.containsAll(s.needs())
                    && s.issuedBy(asOf)
                    && (s.inForceOn(asOf) || inForceOnOneOf(s, requestDates))
                    && (Source.NATIONAL.equals(s.jurisdiction()) || divisions.stream().anyMatch(s::binds))) {
                n++;
            }
        }
        return n;
    }

    private static boolean inForceOnOneOf(RuleScope s, java.util.NavigableSet<LocalDate> dates) {
        LocalDate first = dates.ceiling(s.validFrom());
        return first != null && s.inForceOn(first);
    }

    /**
     * Lets a match fire only where its rule binds: the subject's unit in the rule's jurisdiction, its date in the rule's
     * period. What depends on the rule alone (its scope, source, id, the lists it reads) is decided once per rule and
     * evaluation; whether its jurisdiction binds a unit, once per rule and unit.
     */
    private final class Scope implements AgendaFilter {
        /** Per rule of this evaluation: its scope, or {@link #OUT} if it cannot fire whatever the match. */
        private final Map<Rule, RuleScope> decided = new IdentityHashMap<>();
        private final Map<RuleScope, Map<Unit, Boolean>> bound = new IdentityHashMap<>();
        private final Ledger ledger;
        private final LocalDate asOf;
        private final Set<String> sources;
        private final Set<String> ids;
        private final Guard guard;
        private final Set<String> carried;

        Scope(Ledger ledger, LocalDate asOf, Set<String> sources, Set<String> ids, Set<String> carried, Guard guard) {
            this.guard = guard;
            this.ledger = ledger;
            this.asOf = asOf;
            this.sources = sources;
            this.ids = ids;
            this.carried = carried;
        }

        private RuleScope decide(Rule rule) {
            RuleScope scope = rules.scope(rule);
            if (scope == null) {
                return OUT;
            }
            if (!sources.isEmpty() && !sources.contains(scope.source())) {
                return OUT;
            }
            if (!ids.isEmpty() && !ids.contains(scope.id())) {
                return OUT;
            }
            if (!carried.containsAll(scope.needs())) {
                return OUT; // the rule reads a list the caller did not send: it cannot judge an absence
            }
            if (!scope.issuedBy(asOf)) {
                return OUT; // the plan had not been issued on the evaluation date
            }
            return scope;
        }

        @Override
        public boolean accept(Match match) {
            if (guard.expired()) {
                return false;
            }
            RuleScope scope = decided.computeIfAbsent(match.getRule(), this::decide);
            if (scope == OUT) {
                return false;
            }
            // A period of a cadence (made by the periods global) places the match in the plan year of its due
            // date; otherwise the first subject of the match decides.
            Subject subject = null;
            for (Object o : match.getObjects()) {
                if (o instanceof Period p) {
                    subject = p;
                    break;
                }
                if (subject == null && o instanceof Subject s) {
                    subject = s;
                }
            }
            if (subject == null) {
                return scope.inForceOn(asOf) && Source.NATIONAL.equals(scope.jurisdiction());
            }
            LocalDate when = subject.referenceDate() != null ? subject.referenceDate() : asOf;
            if (!scope.inForceOn(when) && !judgedAfterPeriod(match, scope, when)) {
                return false;
            }
            if (Source.NATIONAL.equals(scope.jurisdiction())) {
                return true;
            }
            Unit unit = ledger.unit(subject.getUnit());
            return unit != null && bound.computeIfAbsent(scope, s -> new IdentityHashMap<>())
                    .computeIfAbsent(unit, u -> scope.binds(u.getDivision()));
        }

        /**
         * A rule marked {@code @judgedAfterPeriod("true")} checks a task due by a date within its plan's period ("2021年底前"):
         * it still judges subjects once the period is over, so the missed deadline can be reported.
         */
        private boolean judgedAfterPeriod(Match match, RuleScope scope, LocalDate when) {
            return scope.validTo() != null && when.isAfter(scope.validTo())
                    && "true".equals(Findings.metadata(match.getRule(), "judgedAfterPeriod"));
        }
    }
}
