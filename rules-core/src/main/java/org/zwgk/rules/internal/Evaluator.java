package org.zwgk.rules.internal;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationAbortedException;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.LimitExceededException;
import org.zwgk.rules.Limits;
import org.zwgk.rules.Finding;
import org.zwgk.rules.Source;
import org.zwgk.rules.deadline.AnswerClock;
import org.zwgk.rules.deadline.DeadlineRules;
import org.zwgk.rules.engine.Clock;
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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs one compiled rule set on fact sets: a fresh session per evaluation, always disposed. Thread-safe: the only
 * state an evaluation writes (findings, clock, ledger, the firing guard) is made for it and dropped with its session.
 */
public final class Evaluator {
    /** The default cap on firings in one evaluation ({@link Limits#DEFAULT_MAX_FIRINGS}). */
    public static final int MAX_FIRINGS = Limits.DEFAULT_MAX_FIRINGS;

    private final CompiledRuleSet rules;
    private final Params params;
    private final AnswerClock answerClock;
    private final FeeCalculator fees;

    public Evaluator(CompiledRuleSet rules) {
        this.rules = rules;
        this.params = new Params(rules.sources());
        this.answerClock = new AnswerClock(rules.calendar(), DeadlineRules.from(params));
        this.fees = new FeeCalculator(FeeSchedule.from(params));
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
        Findings findings = new Findings(rules.sources());
        Clock clock = new Clock(rules.calendar(), answerClock, asOf);
        Ledger ledger = new Ledger(facts, answerClock, fees, clock);
        Map<String, Object> globals = Map.of("findings", findings, "clock", clock, "ledger", ledger, "params", params,
                "fees", fees, "asOf", asOf,
                "periods", new Periods(rules.sources(), facts.getUnits(), asOf));
        KieSession session = rules.kieBase().newKieSession();
        Guard guard = new Guard(session, limits);
        try {
            globals.forEach((name, value) -> {
                if (rules.globals().contains(name)) {
                    session.setGlobal(name, value);
                }
            });
            session.addEventListener(guard);
            facts.all().forEach(session::insert);
            guard.start();
            // one firing past the cap tells a rule set that needs exactly the cap from one that would go on
            int fireLimit = limits.maxFirings() == Integer.MAX_VALUE ? Integer.MAX_VALUE : limits.maxFirings() + 1;
            int fired = session.fireAllRules(new Scope(ledger, asOf, options.sources(), carried(facts), guard), fireLimit);
            if (fired > limits.maxFirings() && guard.stopped == null) {
                guard.stopped = EvaluationAbortedException.Cause.FIRING_CAP;
            }
            if (guard.stopped != null) {
                throw guard.aborted();
            }
        } finally {
            session.dispose();
        }
        List<Finding> out = findings.sealed().stream().filter(f -> options.statuses().contains(f.status())).toList();
        return new Evaluation(asOf, rules.version(), rulesInScope(facts, asOf, options.sources(), carried(facts)), out,
                List.copyOf(clock.uncoveredYears()));
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

    /** The lists the fact set carries (set by the caller, even empty, or holding facts). */
    private static Set<String> carried(FactSet facts) {
        return facts.subjects().keySet().stream().filter(facts::carries).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** How many rules bind at least one unit of the fact set on the evaluation date, and can judge what it carries. */
    private int rulesInScope(FactSet facts, LocalDate asOf, Set<String> sources, Set<String> carried) {
        return (int) rules.scopes().values().stream()
                .filter(s -> sources.isEmpty() || sources.contains(s.source()))
                .filter(s -> carried.containsAll(s.needs()))
                .filter(s -> s.inForceOn(asOf) || facts.getRequests().stream().map(Subject::referenceDate)
                        .filter(Objects::nonNull).anyMatch(s::inForceOn))
                .filter(s -> Source.NATIONAL.equals(s.jurisdiction()) || facts.getUnits().stream().anyMatch(u -> s.binds(u.getDivision())))
                .count();
    }

    /** Lets a match fire only where its rule binds: the subject's unit in the rule's jurisdiction, its date in the rule's period. */
    private final class Scope implements AgendaFilter {
        private final Ledger ledger;
        private final LocalDate asOf;
        private final Set<String> sources;
        private final Set<String> carried;
        private final Guard guard;

        Scope(Ledger ledger, LocalDate asOf, Set<String> sources, Set<String> carried, Guard guard) {
            this.ledger = ledger;
            this.asOf = asOf;
            this.sources = sources;
            this.carried = carried;
            this.guard = guard;
        }

        @Override
        public boolean accept(Match match) {
            if (guard.expired()) {
                return false;
            }
            RuleScope scope = rules.scopes().get(RuleSetCompiler.key(match.getRule()));
            if (scope == null) {
                return false;
            }
            if (!sources.isEmpty() && !sources.contains(scope.source())) {
                return false;
            }
            if (!carried.containsAll(scope.needs())) {
                return false; // the rule reads a list the caller did not send: it cannot judge an absence
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
            Unit unit = ledger.unit(subject.getUnit());
            return Source.NATIONAL.equals(scope.jurisdiction()) || (unit != null && scope.binds(unit.getDivision()));
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
