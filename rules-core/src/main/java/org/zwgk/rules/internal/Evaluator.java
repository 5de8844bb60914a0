package org.zwgk.rules.internal;

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
import org.zwgk.rules.LimitExceededException;
import org.zwgk.rules.Limits;
import org.zwgk.rules.Division;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs one compiled rule set on fact sets: a session per evaluation, from a pool, always disposed (reset). Thread-safe. */
public final class Evaluator {
    /** A rule set that fires more often than this in one evaluation is looping. */
    public static final int MAX_FIRINGS = Limits.DEFAULT_MAX_FIRINGS;

    private final CompiledRuleSet rules;
    /** The rules numbered once, looked up by identity: nothing per match is keyed by a string. */
    private final RuleIndex index;
    /** Sessions are reused: a disposed session is reset and returned here. Every global is set again each time. */
    private final KieSessionsPool sessions;
    private final Params params;
    private final AnswerClock answerClock;
    private final FeeCalculator fees;

    public Evaluator(CompiledRuleSet rules) {
        this.rules = rules;
        this.index = new RuleIndex(rules);
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
        Plan plan = new Plan(facts, asOf, options, carried);
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
            Scope scope = new Scope(ledger, asOf, plan, guard);
            long fired = 0;
            // A group leaves the focus stack once it is empty; a rule activated later by another rule's consequence
            // (an inserted fact) would wait in a group no longer focused. So focus again and fire until a pass fires
            // nothing: the rules chain as they would in one agenda.
            while (true) {
                focus(session, plan);
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
        return new Evaluation(asOf, rules.version(), plan.inScope, findings.sealed(options.statuses()),
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
        /** Per rule (by {@link RuleIndex.Entry#index()}): firings and matches made. */
        private final long[] firings = new long[index.size()];
        private final long[] matches = new long[index.size()];
        private long startNanos;
        private long deadlineNanos;
        private long total;
        /** The rule that fired last, or -1. */
        private int last = -1;
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
            RuleIndex.Entry e = index.of(event.getMatch().getRule());
            if (e != null) {
                matches[e.index()]++;
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            RuleIndex.Entry e = index.of(event.getMatch().getRule());
            if (e != null) {
                firings[e.index()]++;
                last = e.index();
            }
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
            int top = -1;
            long topScore = 0;
            for (int i = 0; i < firings.length; i++) {
                long score = Math.max(firings[i], matches[i]);
                if (score > topScore) {
                    top = i;
                    topScore = score;
                }
            }
            RuleScope scope = top < 0 ? null : index.get(top).scope();
            String limit = stopped == EvaluationAbortedException.Cause.FIRING_CAP
                    ? String.valueOf(limits.maxFirings()) : limits.timeBudget().toString();
            return new EvaluationAbortedException(stopped, name(top), scope == null ? null : scope.file(),
                    top < 0 ? 0 : firings[top], top < 0 ? 0 : matches[top], name(last), total,
                    (System.nanoTime() - startNanos) / 1_000_000, limit);
        }

        private String name(int rule) {
            return rule < 0 ? null : index.get(rule).scope().ruleName();
        }
    }

    /**
     * What this evaluation asks of each rule, decided once before the rules fire (only the match's own date and unit
     * are left to {@link Scope}): whether the rule may fire at all (of the sources and ids asked for, reading only
     * lists the fact set carries, of a source issued by the evaluation date), which agenda groups get the focus (those
     * rules, national or binding one of the fact set's units) and how many rules are in scope.
     */
    private final class Plan {
        /** Per rule: it may fire (sources, ids, lists carried, issued by the evaluation date). */
        final boolean[] admitted = new boolean[index.size()];
        /** The agenda groups to focus, in rule order. */
        final List<String> focus = new ArrayList<>();
        /** How many rules bind at least one unit of the fact set on the evaluation date and can judge what it carries. */
        final int inScope;

        Plan(FactSet facts, LocalDate asOf, EvaluationOptions options, Set<String> carried) {
            Set<String> sources = options.sources();
            Set<String> ids = options.ruleIds();
            Set<String> divisions = new HashSet<>();
            for (Unit u : facts.getUnits()) {
                divisions.add(u.getDivision());
            }
            TreeSet<LocalDate> requestDates = null;
            Map<String, Boolean> bindsAUnit = new HashMap<>();
            int n = 0;
            for (int i = 0; i < index.size(); i++) {
                RuleIndex.Entry e = index.get(i);
                RuleScope s = e.scope();
                if ((sources.isEmpty() || sources.contains(s.source()))
                        && (ids.isEmpty() || ids.contains(s.id()))
                        && carried.containsAll(s.needs())
                        && s.issuedBy(asOf)) {
                    admitted[i] = true;
                    if (e.national() || bindsAUnit.computeIfAbsent(s.jurisdiction(),
                            j -> divisions.stream().anyMatch(d -> Division.within(d, j)))) {
                        focus.add(e.key());
                        if (!s.inForceOn(asOf) && requestDates == null) {
                            requestDates = requestDates(facts);
                        }
                        if (s.inForceOn(asOf) || inForceOnOneOf(s, requestDates)) {
                            n++;
                        }
                    }
                }
            }
            inScope = n;
        }
    }

    /**
     * Gives the focus to the rules that can bind the fact set ({@link Plan}). Each rule has an agenda group of its own
     * ({@link RuleSetCompiler#withAgendaGroups}); the engine evaluates the conditions of focused rules only, so the
     * plans of other places cost nothing. {@link Scope} still decides each match (dates, the match's own unit).
     */
    private static void focus(KieSession session, Plan plan) {
        var agenda = session.getAgenda();
        for (String group : plan.focus) {
            agenda.getAgendaGroup(group).setFocus();
        }
    }

    /** The lists the fact set carries (set by the caller, even empty, or holding facts). */
    private static Set<String> carried(FactSet facts) {
        return facts.subjects().keySet().stream().filter(facts::carries).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static TreeSet<LocalDate> requestDates(FactSet facts) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (var r : facts.getRequests()) {
            if (r != null && r.referenceDate() != null) {
                dates.add(r.referenceDate());
            }
        }
        return dates;
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
        /** Per unit of this evaluation: whether a jurisdiction binds it. */
        private final Map<Unit, Map<String, Boolean>> bound = new IdentityHashMap<>();
        private final Ledger ledger;
        private final LocalDate asOf;
        private final Plan plan;
        private final Guard guard;

        Scope(Ledger ledger, LocalDate asOf, Plan plan, Guard guard) {
            this.guard = guard;
            this.ledger = ledger;
            this.asOf = asOf;
            this.plan = plan;
        }

        @Override
        public boolean accept(Match match) {
            if (guard.expired()) {
                return false;
            }
            RuleIndex.Entry rule = index.of(match.getRule());
            if (rule == null || !plan.admitted[rule.index()]) {
                return false;
            }
            RuleScope scope = rule.scope();
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
                return scope.inForceOn(asOf) && rule.national();
            }
            LocalDate when = subject.referenceDate() != null ? subject.referenceDate() : asOf;
            if (!scope.inForceOn(when) && !judgedAfterPeriod(rule, when)) {
                return false;
            }
            if (rule.national()) {
                return true;
            }
            Unit unit = ledger.unit(subject.getUnit());
            return unit != null && bound.computeIfAbsent(unit, u -> new HashMap<>())
                    .computeIfAbsent(scope.jurisdiction(), j -> Division.within(unit.getDivision(), j));
        }

        /**
         * A rule marked {@code @judgedAfterPeriod("true")} checks a task due by a date within its plan's period ("2021年底前"):
         * it still judges subjects once the period is over, so the missed deadline can be reported.
         */
        private boolean judgedAfterPeriod(RuleIndex.Entry rule, LocalDate when) {
            return rule.judgedAfterPeriod() && rule.scope().validTo() != null && when.isAfter(rule.scope().validTo());
        }
    }
}
