package org.zwgk.rules.engine;

import org.zwgk.rules.facts.PublishedItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The review an item needs before it is submitted or published (信息发布审查): each check returns what is wrong in
 * Chinese, or {@code ""} when nothing is. A review on the day of the act counts as before it.
 */
public final class PublishingChecks {
    private PublishingChecks() {
    }

    /** The item has been submitted (报送) or published (发布). */
    public static boolean acted(PublishedItem i) {
        return i.getSubmittedOn() != null || i.getPublishedOn() != null;
    }

    /** The first of submission and publication, or {@code null}. */
    public static LocalDate firstActOn(PublishedItem i) {
        LocalDate s = i.getSubmittedOn();
        LocalDate p = i.getPublishedOn();
        if (s == null) return p;
        if (p == null) return s;
        return s.isBefore(p) ? s : p;
    }

    /** 先审查、后报送 / 先审后发: the review came no later than the first submission or publication. */
    public static String reviewOrder(PublishedItem i) {
        return before("审核", i.getReviewedOn(), i);
    }

    /** 保密审查 before the item went out. */
    public static String confidentiality(PublishedItem i) {
        return before("保密审查", i.getConfidentialityReviewedOn(), i);
    }

    /** 三审三校: at least {@code reviews} reviews and {@code proofreads} proofreads recorded. */
    public static String reviewRounds(PublishedItem i, int reviews, int proofreads) {
        List<String> gaps = new ArrayList<>();
        if (i.getReviews() == null) {
            gaps.add("未记录审核次数");
        } else if (i.getReviews() < reviews) {
            gaps.add("仅审核" + i.getReviews() + "次");
        }
        if (i.getProofreads() == null) {
            gaps.add("未记录校对次数");
        } else if (i.getProofreads() < proofreads) {
            gaps.add("仅校对" + i.getProofreads() + "次");
        }
        return gaps.isEmpty() ? "" : String.join("、", gaps) + "，未落实" + cn(reviews) + "审" + cn(proofreads) + "校";
    }

    /** 一事一审: the item has its own review record. */
    public static String ownRecord(PublishedItem i) {
        return Boolean.TRUE.equals(i.getReviewRecord()) ? "" : "没有本条信息单独的审核记录，未落实“一事一审”";
    }

    /** The review form is the current version. */
    public static String formVersion(PublishedItem i, String current) {
        if (i.getFormVersion() == null || i.getFormVersion().isBlank()) {
            return "未使用《区政府门户网站信息发布审核表》";
        }
        return current.equals(i.getFormVersion().trim()) ? ""
                : "使用的审核表版本为“" + i.getFormVersion() + "”，不是新版（" + current + "）";
    }

    private static String before(String review, LocalDate reviewedOn, PublishedItem i) {
        LocalDate act = firstActOn(i);
        String what = act != null && act.equals(i.getSubmittedOn()) ? "报送" : "发布";
        if (reviewedOn == null) {
            return "未经" + review + "即" + what + "（" + act + "）";
        }
        if (act != null && reviewedOn.isAfter(act)) {
            return review + "（" + reviewedOn + "）晚于" + what + "（" + act + "）";
        }
        return "";
    }

    private static String cn(int n) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        return n >= 0 && n < d.length ? d[n] : String.valueOf(n);
    }
}
