package org.zwgk.rules;

/**
 * An evaluation the rule set could not finish within its {@link Limits}: a rule re-triggers itself or joins facts
 * without constraint. The fault is the rule set's, not the facts': the message names the rule that fired most or
 * made the most matches, and the limit that stopped it. The rule book stays usable; the next evaluation starts afresh.
 */
public final class EvaluationAbortedException extends RuntimeException {
    /** Which limit stopped the evaluation. */
    public enum Cause {
        /** {@link Limits#maxFirings()} was reached. */
        FIRING_CAP,
        /** {@link Limits#timeBudget()} ran out. */
        TIME_BUDGET
    }

    private final Cause cause;
    private final String rule;
    private final String ruleFile;
    private final long ruleFirings;
    private final long ruleMatches;
    private final String lastRule;
    private final long firings;
    private final long elapsedMillis;
    private final String limit;

    public EvaluationAbortedException(Cause cause, String rule, String ruleFile, long ruleFirings, long ruleMatches,
                                      String lastRule, long firings, long elapsedMillis, String limit) {
        super(message(cause, rule, ruleFile, ruleFirings, ruleMatches, lastRule, firings, elapsedMillis, limit));
        this.ruleMatches = ruleMatches;
        this.cause = cause;
        this.rule = rule;
        this.ruleFile = ruleFile;
        this.ruleFirings = ruleFirings;
        this.lastRule = lastRule;
        this.firings = firings;
        this.elapsedMillis = elapsedMillis;
        this.limit = limit;
    }

    private static String message(Cause cause, String rule, String file, long ruleFirings, long ruleMatches, String lastRule,
                                  long firings, long elapsed, String limit) {
        String why = cause == Cause.FIRING_CAP
                ? "the firing cap of " + limit + " was reached"
                : "the time budget of " + limit + " ran out";
        String who = rule == null
                ? "no rule had fired yet (the rules' conditions themselves took the time)"
                : "rule '" + rule + "'" + (file == null ? "" : " (" + file + ")") + " fired " + ruleFirings + " of " + firings
                  + " times and made " + ruleMatches + " matches" + (lastRule != null && !lastRule.equals(rule) ? "; the last rule to fire was '" + lastRule + "'" : "");
        return "evaluation aborted after " + elapsed + " ms: " + why + "; " + who
                + ". A rule that re-triggers itself or joins facts without constraint is the likely cause.";
    }

    /** Which limit stopped the evaluation. */
    public Cause reason() {
        return cause;
    }

    /** The name of the rule that fired most, or {@code null} if none had fired. */
    public String rule() {
        return rule;
    }

    /** The rule file of {@link #rule()}, relative to the rule directory, if known. */
    public String ruleFile() {
        return ruleFile;
    }

    /** How often {@link #rule()} fired. */
    public long ruleFirings() {
        return ruleFirings;
    }

    /** How many matches {@link #rule()} made (fired or not): a cross product makes many before it fires. */
    public long ruleMatches() {
        return ruleMatches;
    }

    /** The rule that fired last. */
    public String lastRule() {
        return lastRule;
    }

    /** All firings of the evaluation. */
    public long firings() {
        return firings;
    }

    public long elapsedMillis() {
        return elapsedMillis;
    }

    /** The limit's value as text, e.g. {@code 200000} or {@code PT10S}. */
    public String limit() {
        return limit;
    }
}
