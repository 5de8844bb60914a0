package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Subject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a recurring or dated duty of one unit, as the DRL global {@code periods} makes them: the ten days
 * reported on the 10th, a calendar month, a quarter, the plan's year, or the time up to a fixed due date.
 * <p>
 * The duty for the period can be done from {@code start} to {@code due} (both included); on the day after
 * {@code due} it is over. A period is a {@link Subject} whose date is its due date, so a match holding a period is
 * placed in the plan year of that due date rather than of the evaluation date: a 2024 duty is still judged under
 * the 2024 plan when the evaluation takes place in 2025. Findings name the unit, not the period.
 */
public final class Period implements Subject {
    private final String unit;
    private final LocalDate start;
    private final LocalDate due;
    private final String label;

    public Period(String unit, LocalDate start, LocalDate due, String label) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.start = Objects.requireNonNull(start, "start");
        this.due = Objects.requireNonNull(due, "due");
        this.label = Objects.requireNonNull(label, "label");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("period " + label + " ends before it starts");
        }
    }

    @Override
    public String subjectKind() {
        return "period";
    }

    /** The unit and the due date, e.g. {@code mzj@2026-03-10}. */
    @Override
    public String getId() {
        return unit + "@" + due;
    }

    @Override
    public String getUnit() {
        return unit;
    }

    /** The due date: the plan year binding the period is the one of its due date. */
    @Override
    public LocalDate referenceDate() {
        return due;
    }

    /** The first day of the period. */
    public LocalDate getStart() {
        return start;
    }

    /** The last day on which the duty for the period is done on time. */
    public LocalDate getDue() {
        return due;
    }

    /** The period in Chinese, e.g. {@code 2026年3月10日报送期（3月1日至3月10日）}, {@code 2026年第1季度}. */
    public String getLabel() {
        return label;
    }

    /** Whether the period is over on that date (the date is after the due date). */
    public boolean isOverOn(LocalDate date) {
        return date.isAfter(due);
    }

    /** Whether the date lies in the period (start and due date included). */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(due);
    }

    /** Whether something done on that date was done on time (on or before the due date). */
    public boolean isMetBy(LocalDate date) {
        return date != null && !date.isAfter(due);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && unit.equals(p.unit) && start.equals(p.start) && due.equals(p.due) && label.equals(p.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, start, due, label);
    }

    @Override
    public String toString() {
        return label;
    }
}
