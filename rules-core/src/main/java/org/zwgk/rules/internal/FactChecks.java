package org.zwgk.rules.internal;

import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.InvalidFactsException.Problem;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.facts.Account;
import org.zwgk.rules.facts.Column;
import org.zwgk.rules.facts.Consultation;
import org.zwgk.rules.facts.Extension;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Fee;
import org.zwgk.rules.facts.Interpretation;
import org.zwgk.rules.facts.PublishedItem;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Subject;
import org.zwgk.rules.facts.Submission;
import org.zwgk.rules.facts.Task;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.Website;
import org.zwgk.rules.report.TableChecks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a fact set must satisfy before any rule sees it: ids present and unique, references resolvable, counts and
 * amounts not negative. Missing dates are not errors here: the rules that need them report INCOMPLETE.
 */
public final class FactChecks {
    private FactChecks() {
    }

    public static void validate(FactSet facts, LocalDate asOf, WorkingDayCalendar calendar) {
        List<Problem> p = new ArrayList<>();
        if (asOf == null) {
            p.add(new Problem("asOf", "the evaluation date is required"));
        } else if (!calendar.covers(asOf)) {
            p.add(new Problem("asOf", "工作日历未收录" + asOf.getYear() + "年 (the working-day calendar does not cover " + asOf.getYear() + ")"));
        }
        facts(facts, p);
    }

    /** A fact set on its own, without an evaluation date (filling an annual report's tables). */
    public static void validate(FactSet facts) {
        facts(facts, new ArrayList<>());
    }

    private static void facts(FactSet facts, List<Problem> p) {
        if (facts == null) {
            p.add(new Problem("facts", "the fact set is required"));
            throw new InvalidFactsException(p);
        }
        Set<String> unitIds = new HashSet<>();
        for (int i = 0; i < facts.getUnits().size(); i++) {
            Unit u = facts.getUnits().get(i);
            String at = "units[" + i + "]";
            if (u == null) {
                p.add(new Problem(at, "must not be null"));
                continue;
            }
            if (blank(u.getId())) {
                p.add(new Problem(at + ".id", "is required"));
            } else if (!unitIds.add(u.getId())) {
                p.add(new Problem(at + ".id", "duplicate unit id '" + u.getId() + "'"));
            }
            if (!org.zwgk.rules.Division.isCode(u.getDivision())) {
                p.add(new Problem(at + ".division", "must be a six-digit GB/T 2260 code such as 211302, was " + quote(u.getDivision())));
            }
        }
        for (var list : facts.subjects().entrySet()) {
            if (list.getKey().equals("units")) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.getValue().size(); i++) {
                Subject s = list.getValue().get(i);
                String at = list.getKey() + "[" + i + "]";
                if (s == null) {
                    p.add(new Problem(at, "must not be null"));
                    continue;
                }
                if (blank(s.getId())) {
                    p.add(new Problem(at + ".id", "is required"));
                } else if (!ids.add(s.getId())) {
                    p.add(new Problem(at + ".id", "duplicate id '" + s.getId() + "' in " + list.getKey()));
                }
                if (blank(s.getUnit())) {
                    p.add(new Problem(at + ".unit", "is required"));
                } else if (!unitIds.contains(s.getUnit())) {
                    p.add(new Problem(at + ".unit", "no unit with id '" + s.getUnit() + "' in units"));
                }
            }
        }
        for (int i = 0; i < facts.getRequests().size(); i++) {
            Request r = facts.getRequests().get(i);
            String at = "requests[" + i + "]";
            if (r == null) {
                continue;
            }
            request(r, at, p);
        }
        Set<String> documentIds = new HashSet<>();
        facts.getDocuments().stream().filter(d -> d != null && d.getId() != null).forEach(d -> documentIds.add(d.getId()));
        for (int i = 0; i < facts.getInterpretations().size(); i++) {
            Interpretation in = facts.getInterpretations().get(i);
            if (in == null) {
                continue;
            }
            if (blank(in.getDocument())) {
                p.add(new Problem("interpretations[" + i + "].document", "is required (the id of the document it interprets)"));
            } else if (!documentIds.contains(in.getDocument())) {
                p.add(new Problem("interpretations[" + i + "].document", "no document with id '" + in.getDocument() + "' in documents"));
            }
        }
        counts(facts, p);
        if (!p.isEmpty()) {
            throw new InvalidFactsException(p);
        }
    }

    /**
     * One request's own consistency, with its fields named under {@code at} (e.g. {@code requests[2]} or
     * {@code request}): consultations complete and in order, answer not before receipt, no negative counts.
     */
    static void request(Request r, String at, List<Problem> p) {
        for (int j = 0; j < r.getConsultations().size(); j++) {
            Consultation c = r.getConsultations().get(j);
            String cat = at + ".consultations[" + j + "]";
            if (c == null) {
                p.add(new Problem(cat, "must not be null"));
                continue;
            }
            if (c.getParty() == null) {
                p.add(new Problem(cat + ".party", "is required (THIRD_PARTY, JOINT_AGENCY or OTHER_AGENCY)"));
            }
            if (c.getSentOn() == null) {
                p.add(new Problem(cat + ".sentOn", "is required"));
            }
            if (c.getSentOn() != null && c.getRepliedOn() != null && c.getRepliedOn().isBefore(c.getSentOn())) {
                p.add(new Problem(cat + ".repliedOn", "is before sentOn"));
            }
        }
        // a request cannot be answered, or its correction received, before it arrived: such dates would give a
        // negative answer time and a silently SATISFIED status
        LocalDate received = r.referenceDate();
        if (received != null && r.getAnsweredOn() != null && r.getAnsweredOn().isBefore(received)) {
            p.add(new Problem(at + ".answeredOn", "is before the request was received (" + received + ")"));
        }
        if (r.getCorrectionNoticeOn() != null && r.getCorrectedRequestReceivedOn() != null
                && r.getCorrectedRequestReceivedOn().isBefore(r.getCorrectionNoticeOn())) {
            p.add(new Problem(at + ".correctedRequestReceivedOn", "is before correctionNoticeOn"));
        }
        TableChecks.appeals(r.getAppeals(), at, p);
        Extension e = r.getExtension();
        if (e != null && e.getWorkingDays() != null && e.getWorkingDays() < 0) {
            p.add(new Problem(at + ".extension.workingDays", "must not be negative"));
        }
        Fee f = r.getFee();
        if (f != null) {
            negative(p, at + ".fee.perRequestAmount", f.getPerRequestAmount());
            negative(p, at + ".fee.byQuantityAmount", f.getByQuantityAmount());
            if (f.getPages() != null && f.getPages() < 0) {
                p.add(new Problem(at + ".fee.pages", "must not be negative"));
            }
            if (f.getRequestsInMonth() != null && (f.getRequestsInMonth() < 1 || f.getRequestsInMonth() > 1_000_000)) {
                p.add(new Problem(at + ".fee.requestsInMonth", "must be between 1 and 1000000"));
            }
        }
    }

    /** A request on its own (the answer clock), refused like a fact set's. */
    public static void validateRequest(Request r) {
        List<Problem> p = new ArrayList<>();
        if (r == null) {
            p.add(new Problem("request", "is required"));
        } else {
            request(r, "request", p);
        }
        if (!p.isEmpty()) {
            throw new InvalidFactsException(p);
        }
    }

    /** Counts are not negative, failures not more than checks, and no list of dates or messages holds a null. */
    private static void counts(FactSet facts, List<Problem> p) {
        for (int i = 0; i < facts.getAnnualReports().size(); i++) {
            if (facts.getAnnualReports().get(i) != null) {
                TableChecks.tables(facts.getAnnualReports().get(i).getTables(), "annualReports[" + i + "].tables", p);
            }
        }
        for (int i = 0; i < facts.getProactiveCounts().size(); i++) {
            if (facts.getProactiveCounts().get(i) != null) {
                TableChecks.counts(facts.getProactiveCounts().get(i), "proactiveCounts[" + i + "]", p);
            }
        }
        for (int i = 0; i < facts.getColumns().size(); i++) {
            Column c = facts.getColumns().get(i);
            if (c != null) {
                notNegative(p, "columns[" + i + "].brokenLinks", c.getBrokenLinks());
                noNulls(p, "columns[" + i + "].updates", c.getUpdates());
            }
        }
        for (int i = 0; i < facts.getPublishedItems().size(); i++) {
            PublishedItem it = facts.getPublishedItems().get(i);
            if (it != null) {
                notNegative(p, "publishedItems[" + i + "].reviews", it.getReviews());
                notNegative(p, "publishedItems[" + i + "].proofreads", it.getProofreads());
            }
        }
        for (int i = 0; i < facts.getSubmissions().size(); i++) {
            Submission s = facts.getSubmissions().get(i);
            if (s != null) {
                notNegative(p, "submissions[" + i + "].count", s.getCount());
            }
        }
        for (int i = 0; i < facts.getTasks().size(); i++) {
            Task t = facts.getTasks().get(i);
            if (t != null) {
                notNegative(p, "tasks[" + i + "].count", t.getCount());
            }
        }
        for (int i = 0; i < facts.getWebsites().size(); i++) {
            Website w = facts.getWebsites().get(i);
            if (w == null) {
                continue;
            }
            String at = "websites[" + i + "]";
            notNegative(p, at + ".messagesUnansweredOver3Months", w.getMessagesUnansweredOver3Months());
            notNegative(p, at + ".accessChecks", w.getAccessChecks());
            notNegative(p, at + ".accessFailures", w.getAccessFailures());
            if (w.getAccessChecks() != null && w.getAccessFailures() != null && w.getAccessChecks() >= 0
                    && w.getAccessFailures() > w.getAccessChecks()) {
                p.add(new Problem(at + ".accessFailures", "is more than accessChecks (" + w.getAccessChecks() + ")"));
            }
            noNulls(p, at + ".homepageUpdates", w.getHomepageUpdates());
            noNulls(p, at + ".messages", w.getMessages());
            noNulls(p, at + ".incidents", w.getIncidents());
        }
        for (int i = 0; i < facts.getAccounts().size(); i++) {
            Account a = facts.getAccounts().get(i);
            if (a != null) {
                noNulls(p, "accounts[" + i + "].posts", a.getPosts());
                noNulls(p, "accounts[" + i + "].incidents", a.getIncidents());
            }
        }
    }

    private static void notNegative(List<Problem> p, String at, Integer v) {
        if (v != null && v < 0) {
            p.add(new Problem(at, "must not be negative, was " + v));
        }
    }

    private static void noNulls(List<Problem> p, String at, List<?> list) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                p.add(new Problem(at + "[" + i + "]", "must not be null"));
            }
        }
    }

    private static void negative(List<Problem> p, String at, BigDecimal v) {
        if (v != null && v.signum() < 0) {
            p.add(new Problem(at, "must not be negative"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
