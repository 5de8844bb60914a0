package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Document;
import org.zwgk.rules.facts.DocumentKind;
import org.zwgk.rules.facts.Interpretation;
import org.zwgk.rules.facts.InterpretationElement;
import org.zwgk.rules.facts.InterpretationForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Questions about policy documents and their interpretations (section B) that DRL asks of several plans:
 * whether a document is a policy document, how its interpretations kept pace with it ("三同步", "同步报送"), which
 * substantive elements an interpretation leaves out, and the rates per unit and period.
 */
public final class PolicyDocs {
    private PolicyDocs() {
    }

    /** The kinds that make a document a policy document (政策性文件); an annual report alone is not one. */
    private static final Set<DocumentKind> POLICY_KINDS = EnumSet.of(DocumentKind.POLICY, DocumentKind.NORMATIVE,
            DocumentKind.MAJOR_POLICY, DocumentKind.IMPORTANT, DocumentKind.MAJOR_PUBLIC_INTEREST);

    /** Whether the document is a policy document (政策性文件): policy, normative, major, important or of major public interest. */
    public static boolean isPolicy(Document d) {
        return d.getKinds().stream().anyMatch(POLICY_KINDS::contains);
    }

    /** A step a document and its interpretation go through together. */
    public enum Stage {
        DRAFTED("起草", Document::getDraftedOn, Interpretation::getDraftedOn),
        SUBMITTED("报送审核", Document::getSubmittedForReviewOn, Interpretation::getSubmittedForReviewOn),
        SIGNED("签发", Document::getSignedOn, Interpretation::getSignedOn),
        PUBLISHED("发布", Document::getPublishedOn, Interpretation::getPublishedOn);

        private final String label;
        private final Function<Document, LocalDate> document;
        private final Function<Interpretation, LocalDate> interpretation;

        Stage(String label, Function<Document, LocalDate> document, Function<Interpretation, LocalDate> interpretation) {
            this.label = label;
            this.document = document;
            this.interpretation = interpretation;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One stage of a document beside its interpretations.
     *
     * @param stage            the stage
     * @param documentOn       the document's date for it, or {@code null} if the document has not reached it
     * @param interpretationOn the earliest interpretation's date for it, or {@code null}
     * @param laterRecorded    no interpretation date is recorded for this stage, but one is for a later stage (so the
     *                         interpretation went through this one on a day the facts do not give)
     * @param interpreted      whether the document has any interpretation at all
     */
    public record StageCheck(Stage stage, LocalDate documentOn, LocalDate interpretationOn, boolean laterRecorded, boolean interpreted) {
        /** The document has reached the stage, so the interpretation is judged on it. */
        public boolean isJudged() {
            return documentOn != null;
        }

        /** The document reached the stage and no interpretation has (as far as the facts tell). */
        public boolean isMissing() {
            return isJudged() && interpretationOn == null && !laterRecorded;
        }

        /** The interpretation reached the stage after the document. */
        public boolean isLate() {
            return isJudged() && interpretationOn != null && interpretationOn.isAfter(documentOn);
        }

        /** The interpretation reached the stage no later than the document. */
        public boolean isInStep() {
            return isJudged() && interpretationOn != null && !interpretationOn.isAfter(documentOn);
        }

        /** The stage can't be judged: the interpretation's date for it is missing. */
        public boolean isUnknown() {
            return isJudged() && interpretationOn == null && laterRecorded;
        }

        /** The breach in words, or {@code null}. */
        public String problem() {
            if (isMissing()) {
                return interpreted
                        ? "文件已于" + documentOn + stage.label + "，解读材料尚未" + stage.label
                        : "文件已于" + documentOn + stage.label + "，没有解读材料";
            }
            if (isLate()) {
                return "解读材料" + stage.label + "（" + interpretationOn + "）晚于文件" + stage.label + "（" + documentOn + "）";
            }
            return null;
        }

        /** The gap in the facts in words, or {@code null}. */
        public String gap() {
            return isUnknown() ? "缺少解读材料的" + stage.label + "日期（文件" + stage.label + "于" + documentOn + "）" : null;
        }
    }

    /** The document and its interpretations at one stage. */
    public static StageCheck stage(Document d, Collection<?> interpretations, Stage stage) {
        List<Interpretation> is = interpretationsOf(d, interpretations);
        LocalDate docOn = stage.document.apply(d);
        LocalDate earliest = is.stream().map(stage.interpretation).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        boolean later = false;
        if (earliest == null) {
            for (Stage s : Stage.values()) {
                if (s.ordinal() > stage.ordinal() && is.stream().map(s.interpretation).anyMatch(Objects::nonNull)) {
                    later = true;
                }
            }
        }
        return new StageCheck(stage, docOn, earliest, later, !is.isEmpty());
    }

    /**
     * "三同步": drafted, submitted for review, signed and published no later than the document, at every stage the
     * document has reached.
     */
    public static Sync sync(Document d, Collection<?> interpretations) {
        List<StageCheck> checks = new ArrayList<>();
        for (Stage s : Stage.values()) {
            checks.add(stage(d, interpretations, s));
        }
        return new Sync(checks);
    }

    /** The stages of one document beside its interpretations. */
    public record Sync(List<StageCheck> checks) {
        /** The document has reached at least one stage. */
        public boolean isJudged() {
            return checks.stream().anyMatch(StageCheck::isJudged);
        }

        public boolean hasProblems() {
            return checks.stream().anyMatch(c -> c.problem() != null);
        }

        public boolean hasGaps() {
            return checks.stream().anyMatch(c -> c.gap() != null);
        }

        /** Judged, no breach and nothing missing. */
        public boolean isInStep() {
            return isJudged() && !hasProblems() && !hasGaps();
        }

        /** The breaches, joined. */
        public String problems() {
            return String.join("；", checks.stream().map(StageCheck::problem).filter(Objects::nonNull).toList());
        }

        /** What the facts lack, joined. */
        public String gaps() {
            return String.join("；", checks.stream().map(StageCheck::gap).filter(Objects::nonNull).toList());
        }

        /** The document's date of the first stage in breach (the day the interpretation was due). */
        public LocalDate due() {
            return checks.stream().filter(c -> c.problem() != null).map(StageCheck::documentOn).findFirst().orElse(null);
        }

        /** The document's dates by stage, for details. */
        public Map<String, String> dates() {
            Map<String, String> m = new LinkedHashMap<>();
            for (StageCheck c : checks) {
                if (c.documentOn() != null) m.put("文件" + c.stage().label() + "日", c.documentOn().toString());
                if (c.interpretationOn() != null) m.put("解读" + c.stage().label() + "日", c.interpretationOn().toString());
            }
            return m;
        }
    }

    /** The substantive elements (HLD24-7b) the interpretation does not explain, in the plan's words and order. */
    public static String missingElements(Interpretation i) {
        List<String> missing = new ArrayList<>();
        for (InterpretationElement e : InterpretationElement.values()) {
            if (!i.getElements().contains(e)) {
                missing.add(elementName(e));
            }
        }
        return String.join("、", missing);
    }

    public static String elementName(InterpretationElement e) {
        return switch (e) {
            case BACKGROUND -> "背景依据";
            case GOALS -> "目标任务";
            case MAIN_CONTENT -> "主要内容";
            case KEYWORDS -> "关键词";
            case SCOPE -> "涉及范围";
            case STANDARDS -> "执行标准";
            case BENEFITS -> "惠民利企举措";
            case CHANGES -> "新旧政策差异";
        };
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

        /** e.g. 2/3（66.7%） */
        public String text() {
            return numerator + "/" + denominator + "（" + percentText() + "）";
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
