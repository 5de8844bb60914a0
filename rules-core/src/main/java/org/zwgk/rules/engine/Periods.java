package org.zwgk.rules.engine;

import org.zwgk.rules.Source;
import org.zwgk.rules.facts.Unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DRL global {@code periods}: each unit of the fact set over a source's period (a plan's year, from its
 * {@code source.yaml}), for findings about a unit's record over the period — {@code $p : UnitPeriod() from
 * periods.of("YC21")}. The period comes from the source, so no rule repeats its year. One instance per evaluation.
 */
public final class Periods {
    private final Map<String, Source> sources;
    private final List<Unit> units;
    private final LocalDate asOf;

    public Periods(Map<String, Source> sources, List<Unit> units, LocalDate asOf) {
        this.sources = sources;
        this.units = units.stream().filter(Objects::nonNull).toList();
        this.asOf = asOf;
    }

    /**
     * Every unit over the source's period (validFrom to validTo; an open-ended source: the calendar year of the
     * evaluation date), as it stands on the evaluation date; none before the period begins.
     */
    public List<UnitPeriod> of(String source) {
        Source s = sources.get(source);
        if (s == null) {
            throw new IllegalArgumentException("no source '" + source + "' in the rule set");
        }
        LocalDate from = s.validFrom();
        LocalDate to = s.validTo();
        if (to == null) {
            LocalDate yearStart = LocalDate.of(asOf.getYear(), 1, 1);
            from = from.isAfter(yearStart) ? from : yearStart;
            to = LocalDate.of(asOf.getYear(), 12, 31);
        }
        if (asOf.isBefore(from)) {
            return List.of();
        }
        LocalDate f = from;
        LocalDate t = to;
        return units.stream().map(u -> new UnitPeriod(u, f, t, asOf)).toList();
    }
}
