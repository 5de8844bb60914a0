package org.zwgk.rules.internal;

import org.zwgk.rules.InvalidFactsException;
import org.zwgk.rules.InvalidFactsException.Problem;
import org.zwgk.rules.calendar.WorkingDayCalendar;
import org.zwgk.rules.facts.Consultation;
import org.zwgk.rules.facts.Extension;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Fee;
import org.zwgk.rules.facts.Interpretation;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Subject;
import org.zwgk.rules.facts.Unit;

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
final class FactChecks {
    private FactChecks() {
    }

    static void validate(FactSet facts, LocalDate asOf, WorkingDayCalendar calendar) {
        List<Problem> p = new ArrayList<>();
        if (asOf == null) {
            p.add(new Problem("asOf", "the evaluation date is required"));
        } else if (!calendar.covers(asOf)) {
            p.add(new Problem("asOf", "工作日历未收录" + asOf.getYear() + "年 (the working-day calendar does not cover " + asOf.getYear() + ")"));
        }
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
            if (!Divisions.isCode(u.getDivision())) {
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
            for (int j = 0; j < r.getConsultations().size(); j++) {
                Consultation c = r.getConsultations().get(j);
                String cat = at + ".consultations[" + j + "]";
                if (c == null) {
                    p.add(new Problem(cat, "must not be null"));
                    continue;
                }
                if (c.getParty() == null) {
                    p.add(new Problem(cat + ".party", "is required (THIRD_PARTY or OTHER_AGENCY)"));
                }
                if (c.getSentOn() == null) {
                    p.add(new Problem(cat + ".sentOn", "is required"));
                }
                if (c.getSentOn() != null && c.getRepliedOn() != null && c.getRepliedOn().isBefore(c.getSentOn())) {
                    p.add(new Problem(cat + ".repliedOn", "is before sentOn"));
                }
            }
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
        if (!p.isEmpty()) {
            throw new InvalidFactsException(p);
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
