package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.rules.calendar.CalendarNotCoveredException;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.Document;
import org.zwgk.rules.facts.PublicAttribute;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year after the last State Council notice (2027 while drl/calendar ends with 2026.yaml) is counted from the
 * statutory holidays of 《全国年节及纪念日放假办法》, and every result resting on it says so; once the notice's file is
 * added the same request gets the exact date and no mark.
 *
 * <p>A request received on Sunday 2026-12-20: working days 12-21…25 (5), 12-28…31 (9); 2027-01-01 is 元旦 (Friday);
 * 01-04…08 (14), 01-11…15 (19), 01-18 (20): provisionally due 2027-01-18.
 */
class ProvisionalCalendarTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 20);
    private static final LocalDate PROVISIONAL_DUE = LocalDate.of(2027, 1, 18);
    private static final String NOTE = "暂按法定节假日推算，待2027年国务院办公厅通知发布后以通知为准";

    private static FactSet request(LocalDate received, LocalDate answered) {
        Unit u = new Unit("u1", "双塔区某局", "211302", UnitKind.DEPARTMENT);
        Request r = new Request("r1", "u1", Channel.IN_PERSON, received);
        r.setAnsweredOn(answered);
        return FactSet.of(List.of(u), List.of(r));
    }

    private static Finding ogi33(Evaluation ev) {
        List<Finding> fs = ev.of("OGI-33");
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0);
    }

    @Test
    void theYearAfterTheLastNoticeIsProvisionalAndTheYearAfterThatIsNotCovered() {
        WorkingDayCalendar cal = TestRules.book().calendar();
        assertEquals(Set.of(2027), cal.provisionalYears());
        assertFalse(cal.coveredYears().contains(2027), "coveredYears lists notices only");
        assertTrue(cal.covers(LocalDate.of(2027, 6, 1)));
        assertThrows(CalendarNotCoveredException.class, () -> cal.isWorkingDay(LocalDate.of(2028, 1, 3)));
        assertThrows(CalendarNotCoveredException.class, () -> cal.isWorkingDay(LocalDate.of(2020, 12, 31)),
                "a year before the first notice stays uncovered");
    }

    @Test
    void theProvisional2027HasTheStatutoryDaysOffAndNoSwappedWorkingDay() {
        WorkingDayCalendar cal = TestRules.book().calendar();
        // 《全国年节及纪念日放假办法》 as revised in 2024, in 2027: 元旦 Fri 01-01; 春节 除夕 02-05 to 正月初三 02-08;
        // 清明 04-05; 劳动节 05-01, 05-02 (a weekend); 端午 (五月初五) 06-09; 中秋 (八月十五) 09-15; 国庆 10-01…03.
        TreeSet<LocalDate> off = new TreeSet<>();
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() == 2027; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            if (!cal.isWorkingDay(d) && !weekend) {
                off.add(d);
            }
            if (weekend) {
                assertFalse(cal.isWorkingDay(d), d + " is a weekend: no swapped working day is known before the notice");
            }
        }
        assertEquals(new TreeSet<>(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
                LocalDate.of(2027, 4, 5), LocalDate.of(2027, 6, 9), LocalDate.of(2027, 9, 15), LocalDate.of(2027, 10, 1))), off);
        assertTrue(cal.notice(2027).notice().contains("暂按法定节假日推算"), cal.notice(2027).notice());
    }

    @Test
    void aDeadlineAcross1January2027IsGivenProvisionallyAndTheEvaluationListsTheYear() {
        Evaluation ev = TestRules.book().evaluate(request(RECEIVED, null), LocalDate.of(2026, 12, 28), EvaluationOptions.everything());
        Finding f = ogi33(ev);
        assertEquals(Status.OPEN, f.status(), "a due date to plan by: the status stays OPEN");
        assertEquals(PROVISIONAL_DUE, f.dueDate());
        assertEquals(NOTE, f.details().get("暂定"));
        assertEquals("2027", f.details().get("暂定年份"));
        assertTrue(f.message().endsWith("（暂定）"), f.message());
        assertEquals(List.of(2027), ev.provisionalYears());
        assertEquals(List.of(), ev.uncoveredYears());
    }

    @Test
    void theDeadlineCalculatorMarksTheSameDateProvisional() {
        Request r = new Request("r1", "u1", Channel.IN_PERSON, RECEIVED);
        AnswerDeadline d = TestRules.book().answerDeadline(r, LocalDate.of(2026, 12, 28));
        assertEquals(AnswerDeadline.State.RUNNING, d.state());
        assertEquals(PROVISIONAL_DUE, d.due());
        assertEquals(List.of(2027), d.provisionalYears());
        assertEquals(14, d.workingDaysLeft());
    }

    @Test
    void aDeadlineWithin2026IsNotMarked() {
        Request r = new Request("r1", "u1", Channel.IN_PERSON, LocalDate.of(2026, 11, 2));
        AnswerDeadline d = TestRules.book().answerDeadline(r, LocalDate.of(2026, 11, 20));
        assertEquals(List.of(), d.provisionalYears());
        Evaluation ev = TestRules.book().evaluate(request(LocalDate.of(2026, 11, 2), null), LocalDate.of(2026, 11, 20));
        assertEquals(List.of(), ev.provisionalYears());
        assertNull(ogi33(ev).details().get("暂定"));
    }

    @Test
    void anAnswerBeforeTheProvisionalDueDateIsSatisfiedAndMarked() {
        Evaluation ev = TestRules.book().evaluate(request(RECEIVED, LocalDate.of(2027, 1, 15)), LocalDate.of(2027, 1, 20),
                EvaluationOptions.everything());
        Finding f = ogi33(ev);
        assertEquals(Status.SATISFIED, f.status());
        assertEquals(NOTE, f.details().get("暂定"));
    }

    @Test
    void aBreachDecidedByAProvisionalDueDateIsIncompleteNotAViolation() {
        Evaluation ev = TestRules.book().evaluate(request(RECEIVED, null), LocalDate.of(2027, 1, 20), EvaluationOptions.everything());
        Finding f = ogi33(ev);
        assertEquals(Status.INCOMPLETE, f.status());
        assertEquals(PROVISIONAL_DUE, f.dueDate());
        assertTrue(f.message().contains("暂不认定违规") && f.message().contains("2027-01-18"), f.message());
        assertEquals(NOTE, f.details().get("暂定"));
        assertEquals(List.of(2027), ev.provisionalYears());
    }

    @Test
    void aBreachOfA2026DueDateStaysAViolationThoughTheDaysLateAreCountedProvisionally() {
        // received 2026-12-01: 12-02…04 (3), 12-07…11 (8), 12-14…18 (13), 12-21…25 (18), 12-28, 29 (20): due 2026-12-29
        Evaluation ev = TestRules.book().evaluate(request(LocalDate.of(2026, 12, 1), null), LocalDate.of(2027, 1, 20));
        Finding f = ogi33(ev);
        assertEquals(Status.VIOLATION, f.status());
        assertEquals(LocalDate.of(2026, 12, 29), f.dueDate());
        assertEquals(NOTE, f.details().get("暂定"), "the days late run through 2027");
        assertEquals(List.of(2027), ev.provisionalYears());
    }

    @Test
    void aWorkingDayPeriodOfAnotherRuleIsMarkedToo() {
        // OGI-26: a document formed on Sun 2026-12-20 is to be published within 20 working days: provisionally 2027-01-18
        Document doc = new Document();
        doc.setId("d1");
        doc.setUnit("u1");
        doc.setTitle("某公告");
        doc.setPublicAttribute(PublicAttribute.PROACTIVE);
        doc.setFormedOn(RECEIVED);
        FactSet facts = new FactSet();
        facts.setUnits(List.of(new Unit("u1", "双塔区某局", "211302", UnitKind.DEPARTMENT)));
        facts.setDocuments(List.of(doc));
        Evaluation ev = TestRules.book().evaluate(facts, LocalDate.of(2026, 12, 28), EvaluationOptions.everything());
        Finding f = ev.of("OGI-26").get(0);
        assertEquals(Status.OPEN, f.status());
        assertEquals(PROVISIONAL_DUE, f.dueDate());
        assertEquals(NOTE, f.details().get("暂定"));

        doc.setPublishedOn(LocalDate.of(2027, 1, 20));
        Finding late = TestRules.book().evaluate(facts, LocalDate.of(2027, 1, 25), EvaluationOptions.everything()).of("OGI-26").get(0);
        assertEquals(Status.INCOMPLETE, late.status(), late.message());
        assertEquals(PROVISIONAL_DUE, late.dueDate());
    }

    @Test
    void onceThe2027FileIsAddedTheSameRequestGetsTheExactDateAndNoMark(@TempDir Path tmp) throws IOException {
        TestRules.copyTo(tmp);
        // TEST FIXTURE, not a real notice: a fabricated 2027.yaml whose 元旦 break runs to Monday 01-04, so that the
        // exact date differs from the provisional one.
        Files.writeString(tmp.resolve("calendar/2027.yaml"), """
                # TEST FIXTURE: fabricated for ProvisionalCalendarTest, not the State Council's notice.
                year: 2027
                notice: 测试用虚构通知（非国务院办公厅通知）
                holidays:
                  - name: 元旦
                    off: [2027-01-01, 2027-01-02, 2027-01-03, 2027-01-04]
                """);
        Rulebook book = Rulebook.load(tmp);
        assertEquals(Set.of(2028), book.calendar().provisionalYears());

        Evaluation open = book.evaluate(request(RECEIVED, null), LocalDate.of(2026, 12, 28), EvaluationOptions.everything());
        Finding f = ogi33(open);
        assertEquals(Status.OPEN, f.status());
        assertEquals(LocalDate.of(2027, 1, 19), f.dueDate());
        assertNull(f.details().get("暂定"));
        assertEquals(List.of(), open.provisionalYears());

        Evaluation late = book.evaluate(request(RECEIVED, null), LocalDate.of(2027, 1, 20));
        assertEquals(Status.VIOLATION, ogi33(late).status());
        assertEquals(List.of(), late.provisionalYears());
    }
}
