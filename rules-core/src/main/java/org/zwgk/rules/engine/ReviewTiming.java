package org.zwgk.rules.engine;

import org.zwgk.rules.facts.PublishedItem;
import org.zwgk.rules.facts.Subject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Derived fact: an item's reviews beside the first time it went out (信息发布审查), one per item submitted (报送) or
 * published (发布). Neutral: the dates and the days between each review and the act; whether a review on the day of
 * the act counts as before it is the source's parameter {@code review-days-before-act}, read by the rules.
 */
public final class ReviewTiming implements DerivedFrom {

    /** How the item first went out. */
    public enum Act { SUBMITTED, PUBLISHED }

    private final PublishedItem item;

    ReviewTiming(PublishedItem item) {
        this.item = item;
    }

    /** The deriver: one per item submitted or published. */
    public static void derive(Derivation from, Consumer<Object> insert) {
        for (PublishedItem i : from.facts().getPublishedItems()) {
            if (i.getSubmittedOn() != null || i.getPublishedOn() != null) {
                insert.accept(new ReviewTiming(i));
            }
        }
    }



    /** The item's id. */
    public String getItem() {
        return item.getId();
    }



    /** The first of submission and publication (submission when both fall on one day). */
    public Act getFirstAct() {
        LocalDate s = item.getSubmittedOn();
        LocalDate p = item.getPublishedOn();
        return s != null && (p == null || !p.isBefore(s)) ? Act.SUBMITTED : Act.PUBLISHED;
    }

    /** The date of {@link #getFirstAct()}. */
    public LocalDate getFirstActOn() {
        return getFirstAct() == Act.SUBMITTED ? item.getSubmittedOn() : item.getPublishedOn();
    }

    public LocalDate getReviewedOn() {
        return item.getReviewedOn();
    }

    public LocalDate getConfidentialityReviewedOn() {
        return item.getConfidentialityReviewedOn();
    }

    /** Days from the review (审核) to the first act (0: same day; negative: the review came after), or {@code null}. */
    public Integer getReviewDaysBeforeAct() {
        return daysBefore(item.getReviewedOn());
    }

    /** Days from the confidentiality review (保密审查) to the first act, or {@code null}. */
    public Integer getConfidentialityDaysBeforeAct() {
        return daysBefore(item.getConfidentialityReviewedOn());
    }

    private Integer daysBefore(LocalDate reviewedOn) {
        return reviewedOn == null ? null : (int) ChronoUnit.DAYS.between(reviewedOn, getFirstActOn());
    }

    @Override
    public String toString() {
        return "ReviewTiming[" + item.getId() + " " + getFirstAct() + " " + getFirstActOn() + "]";
    }

    /** The item this fact is derived from. */
    @Override
    public Subject derivedFrom() {
        return item;
    }
}
