package org.zwgk.rules.engine;

import org.zwgk.rules.Source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The parameters of every source, as DRL reads them: {@code params.integer("OGI", "answer-working-days")} is the value
 * in force on the evaluation date; {@code params.integer("OGI", "answer-working-days", $r.getSubmittedOn())} the value
 * in force on a subject's own date. An unknown name is an error, never a default, so a typo in a rule cannot silently
 * change a number; so is a date on which no value is in force yet.
 */
public final class Params {
    private final Map<String, Source> sources;
    /** The evaluation date undated reads use; {@code null} = each parameter's latest value. */
    private final LocalDate on;
    /** Whether a date before a parameter's first value reads that first value instead of failing. */
    private final boolean orFirst;

    public Params(Map<String, Source> sources) {
        this(sources, null, false);
    }

    private Params(Map<String, Source> sources, LocalDate on, boolean orFirst) {
        this.sources = Map.copyOf(sources);
        this.on = on;
        this.orFirst = orFirst;
    }

    /** The same parameters, read on {@code date} when no date is given (the evaluation date). */
    public Params on(LocalDate date) {
        return new Params(sources, date, orFirst);
    }

    /**
     * The same parameters, where a date before a parameter's first value reads that first value rather than failing:
     * for the engine's own counts (the request clock, the fee scales) of subjects older than their source.
     */
    public Params orFirst() {
        return new Params(sources, on, true);
    }

    /** The date undated reads use, or {@code null} (latest values). */
    public LocalDate date() {
        return on;
    }

    /** The source itself: its document and the period it binds ({@code validFrom}, {@code validTo}). */
    public Source source(String source) {
        Source s = sources.get(source);
        if (s == null) {
            throw new IllegalArgumentException("no source '" + source + "' in the rule set");
        }
        return s;
    }

    /** The first day the source binds (a plan's 1 January): for rules that judge what falls within the plan's period. */
    public LocalDate validFrom(String source) {
        return source(source).validFrom();
    }

    /** The last day the source binds (a plan's 31 December), or {@code null} if open-ended. */
    public LocalDate validTo(String source) {
        return source(source).validTo();
    }

    public Source.Parameter get(String source, String name) {
        Source s = sources.get(source);
        if (s == null) {
            throw new IllegalArgumentException("no source '" + source + "' in the rule set");
        }
        Source.Parameter p = s.parameters().get(name);
        if (p == null) {
            throw new IllegalArgumentException("source " + source + " has no parameter '" + name + "'");
        }
        return p;
    }

    /**
     * The value of a parameter in force on {@code date} ({@code null} = the latest value).
     *
     * @throws IllegalArgumentException naming source and parameter if none is in force on that date
     */
    public Object valueOn(String source, String name, LocalDate date) {
        Source.Parameter p = get(source, name);
        try {
            return p.valueOn(date);
        } catch (IllegalArgumentException e) {
            if (orFirst && !p.values().isEmpty()) {
                return p.values().get(0).value();
            }
            throw new IllegalArgumentException(source + "." + name + ": " + e.getMessage(), e);
        }
    }

    /** The value in force on the evaluation date. */
    public Object value(String source, String name) {
        return valueOn(source, name, on);
    }

    /** A whole-number parameter (days, counts, percentages) in force on the evaluation date. */
    public int integer(String source, String name) {
        return integer(source, name, on);
    }

    /** A whole-number parameter in force on {@code date}. */
    public int integer(String source, String name, LocalDate date) {
        Object v = valueOn(source, name, date);
        if (v instanceof Integer i) { // what YAML reads a whole number as: no decimal check needed (rules ask often)
            return i;
        }
        if (v instanceof Number n && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0) {
            return n.intValue();
        }
        throw new IllegalArgumentException(source + "." + name + " is not a whole number: " + v);
    }

    /** A yes/no parameter in force on the evaluation date. */
    public boolean flag(String source, String name) {
        return flag(source, name, on);
    }

    /** A yes/no parameter in force on {@code date}. */
    public boolean flag(String source, String name, LocalDate date) {
        Object v = valueOn(source, name, date);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(source + "." + name + " is not true/false: " + v);
    }

    /** A decimal parameter (rates, amounts) in force on the evaluation date. */
    public BigDecimal decimal(String source, String name) {
        return decimal(source, name, on);
    }

    /** A decimal parameter in force on {@code date}. */
    public BigDecimal decimal(String source, String name, LocalDate date) {
        Object v = valueOn(source, name, date);
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new IllegalArgumentException(source + "." + name + " is not a number: " + v);
    }

    /** A list-of-names parameter, e.g. {@code [政府信息公开工作机构, 政务公开办]}. */
    public java.util.List<String> strings(String source, String name) {
        return strings(source, name, on);
    }

    /** A list-of-names parameter in force on {@code date}. */
    public java.util.List<String> strings(String source, String name, LocalDate date) {
        Object v = valueOn(source, name, date);
        if (v instanceof java.util.Collection<?> c && !c.isEmpty() && c.stream().allMatch(x -> x instanceof String)) {
            return c.stream().map(String.class::cast).toList();
        }
        throw new IllegalArgumentException(source + "." + name + " is not a list of names such as [甲, 乙]: " + v);
    }
}
