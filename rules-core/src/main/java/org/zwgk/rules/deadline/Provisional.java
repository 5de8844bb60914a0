package org.zwgk.rules.deadline;

import org.zwgk.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * Marks an answer deadline with the provisional calendar years its computation walked through: from the day the
 * period counts from to the last day any count reached (the due date, the answer or evaluation date the days left
 * are counted from, the end of each pause and of its limit).
 */
public final class Provisional {
    private Provisional() {
    }

    public static AnswerDeadline mark(WorkingDayCalendar calendar, AnswerDeadline d, LocalDate asOf) {
        if (calendar.provisionalYears().isEmpty() || d.due() == null) {
            return d;
        }
        LocalDate first = d.clockStart() != null ? d.clockStart() : d.receivedOn();
        LocalDate last = d.due();
        last = later(last, d.originalDue());
        last = later(last, d.answeredOn() != null ? d.answeredOn() : asOf);
        for (AnswerDeadline.Pause p : d.pauses()) {
            last = later(last, p.to());
            last = later(last, p.limitedTo());
        }
        SortedSet<Integer> years = calendar.provisionalYearsBetween(first == null ? last : first, last);
        return years.isEmpty() ? d : d.withProvisionalYears(years);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || (a != null && !b.isAfter(a)) ? a : b;
    }
}
