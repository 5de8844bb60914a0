package org.zwgk.rules.fees;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A progressive scale (超额累进) as a source states it in data: brackets of {@code threshold → rate}, where the
 * threshold is the first unit (the n-th request of the month, the n-th page) the rate applies to, up to the next
 * bracket's threshold. The last bracket may rise by itself: {@code every: 10, increase: 100} = from its threshold on,
 * each further {@code every} units cost {@code increase} more per unit ("以10件为一档，每增加一档，收费标准提高100元/件").
 *
 * @param brackets ascending by threshold; the first starts at unit 0 or 1
 */
public record Scale(List<Bracket> brackets) {

    /**
     * @param threshold the first unit the rate applies to
     * @param rate      yuan per unit
     * @param every     on the last bracket only: the size of each further band, or 0
     * @param increase  on the last bracket only: how much each further band adds per unit, or 0
     */
    public record Bracket(int threshold, long rate, int every, long increase) {
    }

    public Scale {
        brackets = List.copyOf(brackets);
        if (brackets.isEmpty()) {
            throw new IllegalArgumentException("a scale needs at least one bracket");
        }
        if (brackets.get(0).threshold() > 1) {
            throw new IllegalArgumentException("the first bracket must start at threshold 0 or 1, was " + brackets.get(0).threshold());
        }
        for (int i = 0; i < brackets.size(); i++) {
            Bracket b = brackets.get(i);
            if (b.rate() < 0 || b.threshold() < 0 || b.every() < 0 || b.increase() < 0) {
                throw new IllegalArgumentException("bracket " + (i + 1) + " has a negative number: " + b);
            }
            if (i > 0 && b.threshold() <= brackets.get(i - 1).threshold()) {
                throw new IllegalArgumentException("bracket " + (i + 1) + ": thresholds must ascend (" + b.threshold()
                        + " follows " + brackets.get(i - 1).threshold() + ")");
            }
            if ((b.every() > 0 || b.increase() > 0) && i < brackets.size() - 1) {
                throw new IllegalArgumentException("bracket " + (i + 1) + ": only the last bracket may have every/increase");
            }
            if ((b.every() > 0) != (b.increase() > 0)) {
                throw new IllegalArgumentException("bracket " + (i + 1) + ": every and increase go together");
            }
        }
    }

    /** The rate of unit {@code n} (n ≥ 1). */
    public long rateOf(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        Bracket at = brackets.get(0);
        for (Bracket b : brackets) {
            if (b.threshold() > n) {
                break;
            }
            at = b;
        }
        if (at.every() == 0) {
            return at.rate();
        }
        return at.rate() + (long) ((n - Math.max(at.threshold(), 1)) / at.every()) * at.increase();
    }

    /** The total of units 1 to {@code count}: each unit at its bracket's rate. */
    public long total(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        long sum = 0;
        for (int i = 0; i < brackets.size(); i++) {
            Bracket b = brackets.get(i);
            int lo = Math.max(b.threshold(), 1);
            int hi = i + 1 < brackets.size() ? Math.min(count, brackets.get(i + 1).threshold() - 1) : count;
            if (hi < lo) {
                continue;
            }
            if (b.every() == 0) {
                sum += (long) (hi - lo + 1) * b.rate();
                continue;
            }
            for (int bandStart = lo; bandStart <= hi; bandStart += b.every()) {
                int bandEnd = Math.min(hi, bandStart + b.every() - 1);
                sum += (long) (bandEnd - bandStart + 1) * rateOf(bandStart);
            }
        }
        return sum;
    }

    private static final Set<String> SCALE_KEYS = Set.of("brackets");
    private static final Set<String> BRACKET_KEYS = Set.of("threshold", "rate", "every", "increase");

    /**
     * A scale as a source.yaml parameter holds it: {@code {brackets: [{threshold: 0, rate: 0}, {threshold: 31, rate: 10}, …]}}.
     *
     * @param what names the parameter in errors, e.g. {@code FEE.per-page-scale}
     */
    public static Scale of(Object value, String what) {
        if (!(value instanceof Map<?, ?> m) || !(m.get("brackets") instanceof Collection<?> list)) {
            throw new IllegalArgumentException(what + " is not a scale {brackets: [{threshold: …, rate: …}, …]}: " + value);
        }
        for (Object k : m.keySet()) {
            if (!SCALE_KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(what + ": unknown key '" + k + "' (a scale has brackets)");
            }
        }
        List<Bracket> out = new ArrayList<>();
        int i = 0;
        for (Object o : list) {
            i++;
            if (!(o instanceof Map<?, ?> b)) {
                throw new IllegalArgumentException(what + ": bracket " + i + " is not {threshold: …, rate: …}: " + o);
            }
            for (Object k : b.keySet()) {
                if (!BRACKET_KEYS.contains(String.valueOf(k))) {
                    throw new IllegalArgumentException(what + ": bracket " + i + " has unknown key '" + k + "' (known: threshold, rate, every, increase)");
                }
            }
            out.add(new Bracket(whole(b.get("threshold"), what, i, "threshold", true), whole(b.get("rate"), what, i, "rate", true),
                    whole(b.get("every"), what, i, "every", false), whole(b.get("increase"), what, i, "increase", false)));
        }
        try {
            return new Scale(out);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    private static int whole(Object v, String what, int i, String key, boolean required) {
        if (v == null && !required) {
            return 0;
        }
        if (v instanceof Integer n) {
            return n;
        }
        throw new IllegalArgumentException(what + ": bracket " + i + "'s " + key + " is " + (v == null ? "missing" : "not a whole number: " + v));
    }
}
