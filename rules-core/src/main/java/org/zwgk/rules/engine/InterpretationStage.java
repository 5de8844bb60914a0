package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Document;
import org.zwgk.rules.facts.Interpretation;
import org.zwgk.rules.facts.Subject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Derived fact: one stage a document has reached (drafted, submitted for review, signed, published) beside its
 * interpretations' dates for the same stage. Inserted once per document and stage the document reached, only when the
 * fact set carries {@code interpretations} (a caller that sent none was not asked about them). Neutral: dates, a day
 * count and flags; whether an interpretation "kept pace" (same day or earlier) is for the rules to say.
 */
public final class InterpretationStage implements DerivedFrom {

    /** A step a document and its interpretation go through together ("三同步"), in order. */
    public enum Stage {
        DRAFTED(Document::getDraftedOn, Interpretation::getDraftedOn),
        SUBMITTED(Document::getSubmittedForReviewOn, Interpretation::getSubmittedForReviewOn),
        SIGNED(Document::getSignedOn, Interpretation::getSignedOn),
        PUBLISHED(Document::getPublishedOn, Interpretation::getPublishedOn);

        private final Function<Document, LocalDate> document;
        private final Function<Interpretation, LocalDate> interpretation;

        Stage(Function<Document, LocalDate> document, Function<Interpretation, LocalDate> interpretation) {
            this.document = document;
            this.interpretation = interpretation;
        }
    }

    private final Document doc;
    private final Stage stage;
    private final LocalDate interpretationOn;
    private final boolean laterStageRecorded;
    private final boolean interpreted;

    InterpretationStage(Document doc, Stage stage, LocalDate interpretationOn, boolean laterStageRecorded, boolean interpreted) {
        this.doc = doc;
        this.stage = stage;
        this.interpretationOn = interpretationOn;
        this.laterStageRecorded = laterStageRecorded;
        this.interpreted = interpreted;
    }

    /** The stages of one document beside the given interpretations (those of other documents are ignored). */
    public static List<InterpretationStage> of(Document d, List<Interpretation> interpretations) {
        List<Interpretation> is = interpretations.stream().filter(i -> Objects.equals(i.getDocument(), d.getId())).toList();
        List<InterpretationStage> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (s.document.apply(d) == null) {
                continue;
            }
            LocalDate earliest = is.stream().map(s.interpretation).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            boolean later = false;
            for (Stage t : Stage.values()) {
                if (t.ordinal() > s.ordinal() && is.stream().map(t.interpretation).anyMatch(Objects::nonNull)) {
                    later = true;
                }
            }
            out.add(new InterpretationStage(d, s, earliest, earliest == null && later, !is.isEmpty()));
        }
        return out;
    }

    /** The given stages (of one document, say, as a rule collected them) in stage order. */
    public static List<InterpretationStage> inOrder(java.util.Collection<?> stages) {
        List<InterpretationStage> out = new ArrayList<>();
        for (Object o : stages) {
            out.add((InterpretationStage) o);
        }
        out.sort(java.util.Comparator.comparing(InterpretationStage::getStage));
        return out;
    }

    /** The deriver: every document's stages, when the fact set carries interpretations. */
    public static void derive(Derivation from, Consumer<Object> insert) {
        if (!from.facts().carries("interpretations")) {
            return;
        }
        Map<String, List<Interpretation>> byDocument = new HashMap<>();
        for (Interpretation i : from.facts().getInterpretations()) {
            if (i.getDocument() != null) {
                byDocument.computeIfAbsent(i.getDocument(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Document d : from.facts().getDocuments()) {
            of(d, byDocument.getOrDefault(d.getId(), List.of())).forEach(insert);
        }
    }



    /** The document's id. */
    public String getDocument() {
        return doc.getId();
    }



    public Stage getStage() {
        return stage;
    }

    /** The document's date for the stage (never null: only reached stages are inserted). */
    public LocalDate getDocumentOn() {
        return stage.document.apply(doc);
    }

    /** The earliest interpretation's date for the stage, or {@code null}. */
    public LocalDate getInterpretationOn() {
        return interpretationOn;
    }

    /**
     * Days from the document's date to the interpretation's (positive: the interpretation came later; 0: same day;
     * negative: earlier), or {@code null} when no interpretation date is recorded for the stage.
     */
    public Integer getDaysAfterDocument() {
        return interpretationOn == null ? null : (int) ChronoUnit.DAYS.between(getDocumentOn(), interpretationOn);
    }

    /** No interpretation date for this stage, but one is recorded for a later stage (the day is unknown, not absent). */
    public boolean isLaterStageRecorded() {
        return laterStageRecorded;
    }

    /** No interpretation date for this stage and none for a later one: as far as the facts tell, not reached. */
    public boolean isMissing() {
        return interpretationOn == null && !laterStageRecorded;
    }

    /** The document has at least one interpretation. */
    public boolean isInterpreted() {
        return interpreted;
    }

    @Override
    public String toString() {
        return "InterpretationStage[" + doc.getId() + " " + stage + " " + getDocumentOn() + " / " + interpretationOn + "]";
    }

    /** The doc this fact is derived from. */
    @Override
    public Subject derivedFrom() {
        return doc;
    }
}
