package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Subject;
import org.zwgk.rules.facts.Unit;

import java.time.LocalDate;

/**
 * A unit over a source's period (a plan's year), as it stands on the evaluation date: the subject of findings that
 * judge a unit's record over the period (rates, totals). Results name it as the unit ({@code unit:<id>}); its
 * reference date is the period's first day, so the plan's rules still judge its year after the year has ended.
 * Rules obtain it from {@code periods.of("YC21")}; it is never a fact of the fact set.
 */
public final class UnitPeriod implements Subject {
    private final Unit unit;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate asOf;

    public UnitPeriod(Unit unit, LocalDate from, LocalDate to, LocalDate asOf) {
        this.unit = unit;
        this.from = from;
        this.to = to;
        this.asOf = asOf;
    }

    @Override
    public String subjectKind() {
        return "unit";
    }

    @Override
    public String getId() {
        return unit.getId();
    }

    @Override
    public String getUnit() {
        return unit.getId();
    }

    @Override
    public LocalDate referenceDate() {
        return from;
    }

    public String getUnitName() {
        return unit.getName();
    }

    /** The period's first day. */
    public LocalDate getFrom() {
        return from;
    }

    /** The period's last day. */
    public LocalDate getTo() {
        return to;
    }

    /** Whether the period is over on the evaluation date. */
    public boolean isEnded() {
        return asOf.isAfter(to);
    }

    /** The last day counted: the period's last day, or the evaluation date while the period runs. */
    public LocalDate getCountedTo() {
        return isEnded() ? to : asOf;
    }

    /** Whether {@code date} lies in the period up to the day counted. */
    public boolean counts(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(getCountedTo());
    }

    /** The period in words, e.g. 2021年 or 2021年（截至2021-06-30）. */
    public String getLabel() {
        boolean wholeYear = from.getYear() == to.getYear() && from.getDayOfYear() == 1
                && to.equals(LocalDate.of(to.getYear(), 12, 31));
        String period = wholeYear ? from.getYear() + "年" : from + "至" + to;
        return isEnded() ? period : period + "（截至" + asOf + "）";
    }

    /** The days counted, e.g. 2021-01-01至2021-06-30. */
    public String getCountedSpan() {
        return from + "至" + getCountedTo();
    }
}
