package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Document;
import org.zwgk.rules.facts.DocumentKind;
import org.zwgk.rules.facts.Interpretation;
import org.zwgk.rules.facts.InterpretationElement;
import org.zwgk.rules.facts.InterpretationForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Neutral questions about policy documents and their interpretations that DRL asks of several plans: whether a
 * document is of given kinds, which substantive elements an interpretation does not record, and the counts behind a
 * rate per unit and period. How an interpretation kept pace with its document is the derived fact
 * {@link InterpretationStage}. Every verdict and its wording are the rules'.
 */
public final class PolicyDocs {
    private PolicyDocs() {
    }

    /**
     * Whether the document is of at least one of {@code kinds} (names of {@link DocumentKind}). Which kinds make a
     * document a policy document (政策性文件) is the source's parameter {@code policy-document-kinds}, not a reading
     * made here.
     */
    public static boolean hasAnyKind(Document d, Collection<?> kinds) {
        for (Object k : kinds) {
            DocumentKind kind;
            try {
                kind = k instanceof DocumentKind dk ? dk : DocumentKind.valueOf(String.valueOf(k).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown document kind '" + k + "' (known: "
                        + java.util.Arrays.toString(DocumentKind.values()) + ")", e);
            }
            if (d.getKinds().contains(kind)) {
                return true;
            }
        }
        return false;
    }

    /** The substantive elements the interpretation does not record, in the order of {@link InterpretationElement}. */
    public static List<InterpretationElement> missingElements(Interpretation i) {
        List<InterpretationElement> missing = new ArrayList<>();
        for (InterpretationElement e : InterpretationElement.values()) {
            if (!i.getElements().contains(e)) {
                missing.add(e);
            }
        }
        return missing;
    }

    /**
     * A rate over a unit's period.
     *
     * @param numerator   how many count
     * @param denominator out of how many
     * @param counted     the ids in the numerator
     * @param notCounted  the ids in the denominator but not the numerator
     * @param unknown     the ids that could not be judged (left out of both)
     */
    public record Rate(int numerator, int denominator, List<String> counted, List<String> notCounted, List<String> unknown) {
        public Rate {
            counted = List.copyOf(counted);
            notCounted = List.copyOf(notCounted);
            unknown = List.copyOf(unknown);
        }

        public int getNumerator() {
            return numerator;
        }

        public int getDenominator() {
            return denominator;
        }

        /** Nothing to count: the denominator is zero. */
        public boolean isEmpty() {
            return denominator == 0;
        }

        /** Below {@code percent}% (exact: numerator × 100 < percent × denominator). */
        public boolean below(int percent) {
            return denominator > 0 && (long) numerator * 100 < (long) percent * denominator;
        }

        /** Some items could not be judged, so the rate is not final. */
        public boolean isPartlyUnknown() {
            return !unknown.isEmpty();
        }

        /** e.g. 66.7% */
        public String percentText() {
            if (denominator == 0) {
                return "—";
            }
            double p = numerator * 100.0 / denominator;
            String s = String.format(java.util.Locale.ROOT, "%.1f", p);
            return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
        }

    }

    /**
     * Interpretation rate: of the unit's documents of {@code kinds} published in the period (up to the evaluation
     * date), how many have an interpretation published by the evaluation date.
     */
    public static Rate interpretationRate(UnitPeriod p, Collection<?> documents, Collection<?> interpretations, Collection<DocumentKind> kinds) {
        List<String> counted = new ArrayList<>();
        List<String> notCounted = new ArrayList<>();
        for (Object o : documents) {
            if (!(o instanceof Document d) || !Objects.equals(d.getUnit(), p.getUnit()) || !p.counts(d.getPublishedOn())
                    || d.getKinds().stream().noneMatch(kinds::contains)) {
                continue;
            }
            boolean interpreted = interpretationsOf(d, interpretations).stream()
                    .anyMatch(i -> i.getPublishedOn() != null && !i.getPublishedOn().isAfter(p.getCountedTo()));
            (interpreted ? counted : notCounted).add(d.getId());
        }
        return new Rate(counted.size(), counted.size() + notCounted.size(), counted, notCounted, List.of());
    }

    /**
     * Diversified-interpretation rate: of the documents the unit interpreted in the period (an interpretation
     * published in the period, up to the evaluation date), how many were interpreted in a form other than text
     * (图解、视频、动画、音频、访谈、新闻发布会、专家解读). A document with no such form and an interpretation that records
     * no form at all is unknown.
     */
    public static Rate diversifiedRate(UnitPeriod p, Collection<?> interpretations) {
        Map<String, List<Interpretation>> byDocument = new LinkedHashMap<>();
        for (Object o : interpretations) {
            if (o instanceof Interpretation i && Objects.equals(i.getUnit(), p.getUnit()) && p.counts(i.getPublishedOn())) {
                byDocument.computeIfAbsent(i.getDocument() == null ? "interpretation:" + i.getId() : i.getDocument(),
                        k -> new ArrayList<>()).add(i);
            }
        }
        List<String> counted = new ArrayList<>();
        List<String> notCounted = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        byDocument.forEach((doc, is) -> {
            if (is.stream().anyMatch(i -> i.getForms().stream().anyMatch(f -> f != InterpretationForm.TEXT))) {
                counted.add(doc);
            } else if (is.stream().anyMatch(i -> i.getForms().isEmpty())) {
                unknown.add(doc);
            } else {
                notCounted.add(doc);
            }
        });
        return new Rate(counted.size(), counted.size() + notCounted.size(), counted, notCounted, unknown);
    }

    private static List<Interpretation> interpretationsOf(Document d, Collection<?> interpretations) {
        List<Interpretation> out = new ArrayList<>();
        for (Object o : interpretations) {
            if (o instanceof Interpretation i && Objects.equals(i.getDocument(), d.getId())) {
                out.add(i);
            }
        }
        return out;
    }
}
