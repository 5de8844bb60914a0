package org.zwgk.rules.engine;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.engine.InterpretationStage.Stage;
import org.zwgk.rules.facts.CatalogueElement;
import org.zwgk.rules.facts.CatalogueItem;
import org.zwgk.rules.facts.Decision;
import org.zwgk.rules.facts.Document;
import org.zwgk.rules.facts.DocumentKind;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Interpretation;
import org.zwgk.rules.facts.InterpretationElement;
import org.zwgk.rules.facts.PublishedItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentDerivationsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<Object> derive(FactSet facts) {
        List<Object> out = new ArrayList<>();
        new Derivation(facts, d("2026-06-30"), null, null, null, null).insertAll(out::add);
        return out;
    }

    private static <T> List<T> only(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Document document() {
        Document doc = new Document();
        doc.setId("doc1");
        doc.setUnit("u1");
        doc.setDraftedOn(d("2026-03-01"));
        doc.setSubmittedForReviewOn(d("2026-03-05"));
        doc.setPublishedOn(d("2026-03-20"));
        return doc;
    }

    @Test
    void aDocumentsStagesCarryDatesAndDayCountsButNoVerdict() {
        Interpretation i = new Interpretation();
        i.setId("i1");
        i.setDocument("doc1");
        i.setSubmittedForReviewOn(d("2026-03-05"));
        i.setPublishedOn(d("2026-03-22"));
        FactSet facts = new FactSet();
        facts.setDocuments(List.of(document()));
        facts.setInterpretations(List.of(i));

        List<InterpretationStage> stages = only(derive(facts), InterpretationStage.class);

        // the document was never signed: three stages, in order
        assertEquals(List.of(Stage.DRAFTED, Stage.SUBMITTED, Stage.PUBLISHED), stages.stream().map(InterpretationStage::getStage).toList());
        InterpretationStage drafted = stages.get(0);
        assertNull(drafted.getInterpretationOn());
        assertTrue(drafted.isLaterStageRecorded(), "a later stage is dated, so the drafting day is unknown, not absent");
        assertFalse(drafted.isMissing());
        assertNull(drafted.getDaysAfterDocument());
        assertEquals(0, stages.get(1).getDaysAfterDocument(), "same day: 0, for the rules to judge");
        assertEquals(2, stages.get(2).getDaysAfterDocument());
        assertEquals("doc1", stages.get(2).getDocument());
        assertEquals(d("2026-03-20"), stages.get(2).getDocumentOn());
    }

    @Test
    void noStagesWhenTheCallerSentNoInterpretations() {
        FactSet facts = new FactSet();
        facts.setDocuments(List.of(document()));
        assertTrue(only(derive(facts), InterpretationStage.class).isEmpty());

        facts.setInterpretations(List.of());
        List<InterpretationStage> stages = only(derive(facts), InterpretationStage.class);
        assertEquals(3, stages.size());
        assertTrue(stages.stream().allMatch(s -> s.isMissing() && !s.isInterpreted()));
    }

    @Test
    void aConsultationClosingOnTheDecisionDayIsZeroDaysBeforeIt() {
        Decision open = new Decision();
        open.setId("dec1");
        open.setDecidedOn(d("2026-04-10"));
        open.setConsultationOpenedOn(d("2026-03-10"));
        open.setConsultationClosedOn(d("2026-04-10"));
        Decision none = new Decision();
        none.setId("dec2");
        none.setDecidedOn(d("2026-04-10"));
        Decision undecided = new Decision();
        undecided.setId("dec3");
        FactSet facts = new FactSet();
        facts.setDecisions(List.of(open, none, undecided));

        List<ConsultationTiming> ts = only(derive(facts), ConsultationTiming.class);

        assertEquals(2, ts.size(), "a decision not yet made has no timing");
        assertEquals(0, ts.get(0).getClosedDaysBeforeDecision());
        assertFalse(ts.get(0).isNone());
        assertTrue(ts.get(1).isNone());
        assertNull(ts.get(1).getClosedDaysBeforeDecision());
    }

    @Test
    void aReviewIsCountedAgainstTheFirstActSubmissionOnATie() {
        PublishedItem item = new PublishedItem();
        item.setId("p1");
        item.setSubmittedOn(d("2026-05-06"));
        item.setPublishedOn(d("2026-05-06"));
        item.setReviewedOn(d("2026-05-07"));
        item.setConfidentialityReviewedOn(d("2026-05-04"));
        PublishedItem draft = new PublishedItem();
        draft.setId("p2");
        FactSet facts = new FactSet();
        facts.setPublishedItems(List.of(item, draft));

        List<ReviewTiming> ts = only(derive(facts), ReviewTiming.class);

        assertEquals(1, ts.size(), "an item neither submitted nor published is not timed");
        assertEquals(ReviewTiming.Act.SUBMITTED, ts.get(0).getFirstAct());
        assertEquals(-1, ts.get(0).getReviewDaysBeforeAct());
        assertEquals(2, ts.get(0).getConfidentialityDaysBeforeAct());
    }

    @Test
    void kindsAndElementsAreReadFromParameterNames() {
        Document doc = document();
        doc.setKinds(Set.of(DocumentKind.ANNUAL_REPORT));
        assertFalse(PolicyDocs.hasAnyKind(doc, List.of("POLICY", "NORMATIVE")));
        doc.setKinds(Set.of(DocumentKind.ANNUAL_REPORT, DocumentKind.NORMATIVE));
        assertTrue(PolicyDocs.hasAnyKind(doc, List.of("POLICY", "NORMATIVE")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyDocs.hasAnyKind(doc, List.of("POLICIES")));
        assertTrue(e.getMessage().contains("POLICIES"), e.getMessage());

        CatalogueItem c = new CatalogueItem();
        c.setElements(Set.of(CatalogueElement.METHOD));
        assertEquals(List.of(CatalogueElement.CHANNEL), CatalogueChecks.missing(c, List.of("METHOD", "CHANNEL")));

        Interpretation i = new Interpretation();
        i.setElements(Set.of(InterpretationElement.values()));
        assertTrue(PolicyDocs.missingElements(i).isEmpty());
    }
}
