package org.zwgk.rules.engine;

import org.zwgk.rules.Source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The parameters of every source, as DRL reads them: {@code params.integer("OGI", "answer-working-days")}.
 * An unknown name is an error, never a default, so a typo in a rule cannot silently change a number.
 */
public final class Params {
    private final Map<String, Source> sources;

    public Params(Map<String, Source> sources) {
        this.sources = Map.copyOf(sources);
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

    /** A whole-number parameter (days, counts, percentages). */
    public int integer(String source, String name) {
        Object v = get(source, name).value();
        if (v instanceof Number n && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0) {
            return n.intValue();
        }
        throw new IllegalArgumentException(source + "." + name + " is not a whole number: " + v);
    }

    /** A yes/no parameter. */
    public boolean flag(String source, String name) {
        Object v = get(source, name).value();
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(source + "." + name + " is not true/false: " + v);
    }

    /** A decimal parameter (rates, amounts). */
    public BigDecimal decimal(String source, String name) {
        Object v = get(source, name).value();
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new IllegalArgumentException(source + "." + name + " is not a number: " + v);
    }

    /** A list-of-names parameter, e.g. {@code [政府信息公开工作机构, 政务公开办]}. */
    public java.util.List<String> strings(String source, String name) {
        Object v = get(source, name).value();
        if (v instanceof java.util.Collection<?> c && !c.isEmpty() && c.stream().allMatch(x -> x instanceof String)) {
            return c.stream().map(String.class::cast).toList();
        }
        throw new IllegalArgumentException(source + "." + name + " is not a list of names such as [甲, 乙]: " + v);
    }
}
