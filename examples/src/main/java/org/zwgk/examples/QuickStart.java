package org.zwgk.examples;

import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Finding;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.time.LocalDate;
import java.util.List;

/** The README's embedding example, kept compiling and tested. */
public final class QuickStart {
    private QuickStart() {
    }

    public static void main(String[] args) {
        Rulebook book = Rulebook.load();
        Unit unit = new Unit("u1", "双塔区自然资源局", "211302", UnitKind.DEPARTMENT);
        Request r = new Request("R-001", "u1", Channel.IN_PERSON, LocalDate.of(2024, 2, 5));
        r.setAnsweredOn(LocalDate.of(2024, 3, 11));

        Evaluation ev = book.evaluate(FactSet.of(List.of(unit), List.of(r)), LocalDate.of(2024, 3, 20),
                EvaluationOptions.breachesOnly());
        for (Finding f : ev.findings()) {
            System.out.println(f.ruleId() + " " + f.subject() + " " + f.status() + " " + f.dueDate() + " " + f.message());
        }

        AnswerDeadline d = book.answerDeadline(r, LocalDate.of(2024, 3, 20));
        System.out.println("due " + d.due() + ", working days left " + d.workingDaysLeft());
        System.out.println("fee for 150 pages: " + book.fees().byQuantity(150));
        book.catalogue().forEach(e -> System.out.println(e.id() + " " + e.document() + " " + e.clause()));
    }
}
