package org.zwgk.rules.report;

import org.zwgk.rules.InvalidFactsException.Problem;
import org.zwgk.rules.facts.Appeal;
import org.zwgk.rules.facts.ProactiveCounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What submitted tables and the report facts of a ledger must satisfy before they are filled or checked: rows of
 * seven numbers, groups of five, no negative count or amount, an appeal not decided before it was filed. Each problem
 * names the field's path.
 */
public final class TableChecks {
    private TableChecks() {
    }

    /** The tables of a report, named under {@code at} (e.g. {@code annualReports[0].tables}). */
    public static void tables(ReportTables t, String at, List<Problem> p) {
        if (t == null) {
            return;
        }
        proactive(t.getProactive(), at + ".proactive", p);
        if (t.getRequests() != null) {
            for (Map.Entry<RequestRow, List<Integer>> e : t.getRequests().entrySet()) {
                cells(e.getValue(), at + ".requests." + e.getKey().name(), ReportTables.COLUMNS.size(),
                        "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计", p);
            }
        }
        ReviewTable r = t.getReviews();
        if (r != null) {
            // a group left out reads as five zeros
            String cols = "结果维持、结果纠正、其他结果、尚未审结、总计";
            if (r.getReconsideration() != null) cells(r.getReconsideration(), at + ".reviews.reconsideration", 5, cols, p);
            if (r.getDirectLitigation() != null) cells(r.getDirectLitigation(), at + ".reviews.directLitigation", 5, cols, p);
            if (r.getLitigationAfterReconsideration() != null) {
                cells(r.getLitigationAfterReconsideration(), at + ".reviews.litigationAfterReconsideration", 5, cols, p);
            }
        }
    }

    /** Part 二 counts not negative. */
    public static void proactive(ProactiveTable t, String at, List<Problem> p) {
        if (t == null) {
            return;
        }
        notNegative(p, at + ".rulesIssued", t.getRulesIssued());
        notNegative(p, at + ".rulesRepealed", t.getRulesRepealed());
        notNegative(p, at + ".rulesInForce", t.getRulesInForce());
        notNegative(p, at + ".normativeDocumentsIssued", t.getNormativeDocumentsIssued());
        notNegative(p, at + ".normativeDocumentsRepealed", t.getNormativeDocumentsRepealed());
        notNegative(p, at + ".normativeDocumentsInForce", t.getNormativeDocumentsInForce());
        notNegative(p, at + ".licensingDecisions", t.getLicensingDecisions());
        notNegative(p, at + ".penaltyDecisions", t.getPenaltyDecisions());
        notNegative(p, at + ".coercionDecisions", t.getCoercionDecisions());
        BigDecimal fee = t.getFeeIncome();
        if (fee != null && fee.signum() < 0) {
            p.add(new Problem(at + ".feeIncome", "must not be negative (万元), was " + fee.toPlainString()));
        }
    }

    /** A ledger's part 二 counts: a year, and counts not negative. */
    public static void counts(ProactiveCounts c, String at, List<Problem> p) {
        if (c.getYear() == null) {
            p.add(new Problem(at + ".year", "is required (the year counted)"));
        }
        proactive(c, at, p);
    }

    /** A request's appeals: none null, none decided before it was filed. */
    public static void appeals(List<Appeal> appeals, String at, List<Problem> p) {
        for (int j = 0; j < appeals.size(); j++) {
            Appeal a = appeals.get(j);
            String aat = at + ".appeals[" + j + "]";
            if (a == null) {
                p.add(new Problem(aat, "must not be null"));
                continue;
            }
            if (a.getFiledOn() != null && a.getDecidedOn() != null && a.getDecidedOn().isBefore(a.getFiledOn())) {
                p.add(new Problem(aat + ".decidedOn", "is before filedOn (" + a.getFiledOn() + ")"));
            }
            if (a.getDecidedOn() != null && a.getResult() == null) {
                p.add(new Problem(aat + ".result", "is required when decidedOn is given (UPHELD, CORRECTED or OTHER)"));
            }
        }
    }

    private static void cells(List<Integer> cells, String at, int size, String names, List<Problem> p) {
        if (cells == null) {
            p.add(new Problem(at, "must be " + size + " numbers (" + names + "), was null"));
            return;
        }
        if (cells.size() != size) {
            p.add(new Problem(at, "must be " + size + " numbers (" + names + "), was " + cells.size()));
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            Integer v = cells.get(i);
            if (v == null) {
                p.add(new Problem(at + "[" + i + "]", "must be a number (write 0 for none)"));
            } else if (v < 0) {
                p.add(new Problem(at + "[" + i + "]", "must not be negative, was " + v));
            }
        }
    }

    private static void notNegative(List<Problem> p, String at, Integer v) {
        if (v != null && v < 0) {
            p.add(new Problem(at, "must not be negative, was " + v));
        }
    }
}
