package org.zwgk.rules.internal;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationOptions;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Runs one compiled rule set on fact sets: a session per evaluation, from a pool, always disposed (reset). Thread-safe. */
public final class Evaluator {
    /** Marks a rule that cannot fire in an evaluation (Scope). */
    private static final RuleScope OUT = new RuleScope("", "", "", "", "", "", LocalDate.MIN, null, Set.of());

    /** A rule set that fires more often than this in one evaluation is looping. */
    public static final int MAX_FIRINGS = 200_000;

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
        FactChecks.validate(facts, asOf, rules.calendar());
        Set<String> carried = carried(facts);
        Findings findings = new Findings(rules.sources());
        Clock clock = new Clock(rules.calendar(), answerClock, asOf);
        Ledger ledger = new Ledger(facts, answerClock, fees, clock);
        Map<String, Object> globals = Map.of("findings", findings, "clock", clock, "ledger", ledger, "params", params,
                "fees", fees, "asOf", asOf,
                "periods", new Periods(rules.sources(), facts.getUnits(), asOf));
        KieSession session = sessions.newKieSession();
        try {
            globals.forEach((name, value) -> {
                if (rules.globals().contains(name)) {
                    session.setGlobal(name, value);
                }
            });
            facts.all().forEach(session::insert);
            focus(session, facts, options, carried);
            int fired = session.fireAllRules(new Scope(ledger, asOf, options.sources(), options.ruleIds(), carried), MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("the rule set fired " + fired + " times in one evaluation and was stopped: a rule is looping");
            }
        } finally {
            session.dispose(); // back to the pool, reset: no fact, match, focus or finding survives
        }
        List<Finding> out = findings.sealed().stream().filter(f -> options.statuses().contains(f.status())).toList();
        return new Evaluation(asOf, rules.version(), rulesInScope(facts, asOf, options, carried), out,
                List.copyOf(clock.uncoveredYears()));
    }

    /**
     * Gives the focus to the rules that can bind the fact set: of the sources and ids asked for, reading only lists it
     * carries, national or binding one of its units. Each rule has an agenda group of its own
     * ({@link RuleSetCompiler#withAgendaGroups}); the engine evaluates the conditions of focused rules only, so the
     * plans of other places cost nothing. {@link Scope} still decides each match (dates, the match's own unit).
     */
    private void focus(KieSession session, FactSet facts, EvaluationOptions options, Set<String> carried) {
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
        private final Set<String> carried;

        Scope(Ledger ledger, LocalDate asOf, Set<String> sources, Set<String> ids, Set<String> carried) {
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
            return scope;
        }

        @Override
        public boolean accept(Match match) {
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
