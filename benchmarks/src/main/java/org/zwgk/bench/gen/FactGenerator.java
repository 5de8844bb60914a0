package org.zwgk.bench.gen;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zwgk.rules.facts.FactSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Standard fact sets for the benchmarks, generated from a fixed seed so that every run judges the same facts.
 * <p>
 * The month is February 2026 for units of 双塔区 (211302), evaluated on 10 March 2026: requests arrive from late
 * January to early March, across the Spring Festival holiday (15–23 February 2026), so deadlines cross it; each unit
 * issues 10 policy documents with their interpretations, runs 5 new-media accounts that posted since 1 January, and
 * files the 一、2 "零" reports (due on the 10th, 20th and last day of February) and a monthly interview material.
 * A few records are late, incomplete or missing on purpose, as in real ledgers, so every status occurs.
 * <p>
 * Facts are built as JSON, the form the HTTP API takes; {@link #toFactSet} reads them with the same property names.
 */
public final class FactGenerator {
    /** The seed of every standard fact set. */
    public static final long SEED = 20260210L;
    /** The evaluation date of the standard month. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);
    /** The division of the standard units: 双塔区, 朝阳市, 辽宁省. */
    public static final String DIVISION = "211302";

    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] CHANNELS = {"IN_PERSON", "ONLINE", "ONLINE", "ONLINE", "POST_SIGNED", "POST_UNSIGNED", "FAX"};
    private static final String[] PLATFORMS = {"微信公众号", "微博", "抖音", "今日头条", "快手"};
    private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);

    private final SplittableRandom rnd;

    public FactGenerator(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    public FactGenerator() {
        this(SEED);
    }

    // ---- the three standard sizes ----

    /** One unit and one request (what a case-handling system sends for one case). */
    public ObjectNode oneRequest() {
        ObjectNode facts = F.objectNode();
        ObjectNode unit = unit(0);
        facts.putArray("units").add(unit);
        facts.putArray("requests").add(request(unit.get("id").asText(), 1));
        return facts;
    }

    /** One unit's month: about 50 requests, 10 documents with interpretations, 5 accounts, the month's submissions. */
    public ObjectNode unitMonth(int unitIndex) {
        ObjectNode facts = F.objectNode();
        ArrayNode units = facts.putArray("units");
        ArrayNode requests = facts.putArray("requests");
        ArrayNode documents = facts.putArray("documents");
        ArrayNode interpretations = facts.putArray("interpretations");
        ArrayNode accounts = facts.putArray("accounts");
        ArrayNode submissions = facts.putArray("submissions");
        addUnitMonth(unitIndex, units, requests, documents, interpretations, accounts, submissions);
        return facts;
    }

    /** A district's month: {@code units} unit-months in one fact set (200 for the standard district). */
    public ObjectNode districtMonth(int units) {
        ObjectNode facts = F.objectNode();
        ArrayNode u = facts.putArray("units");
        ArrayNode requests = facts.putArray("requests");
        ArrayNode documents = facts.putArray("documents");
        ArrayNode interpretations = facts.putArray("interpretations");
        ArrayNode accounts = facts.putArray("accounts");
        ArrayNode submissions = facts.putArray("submissions");
        for (int i = 0; i < units; i++) {
            addUnitMonth(i, u, requests, documents, interpretations, accounts, submissions);
        }
        return facts;
    }

    /** The district's unit-months as separate fact sets (a nightly run evaluating unit by unit). */
    public List<ObjectNode> unitMonths(int units) {
        List<ObjectNode> out = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            out.add(unitMonth(i));
        }
        return out;
    }

    // ---- bodies of the HTTP API ----

    /** {@code POST /api/v1/evaluations}: the facts on the standard date. */
    public static ObjectNode evaluationBody(ObjectNode facts) {
        ObjectNode body = F.objectNode();
        body.put("asOf", AS_OF.toString());
        body.set("facts", facts);
        return body;
    }

    /** {@code POST /api/v1/deadlines}: one request on the standard date. */
    public ObjectNode deadlineBody() {
        ObjectNode body = F.objectNode();
        body.put("asOf", AS_OF.toString());
        body.set("request", request("sta-u000", 1));
        return body;
    }

    /** Consecutive records of one unit in a bulk stream (a unit's ledger exported in order). */
    public static final int RECORDS_PER_UNIT_RUN = 50;

    /**
     * One line of an NDJSON bulk request: one request record of one of {@code units} units; records come in runs of
     * {@link #RECORDS_PER_UNIT_RUN} of the same unit.
     */
    public ObjectNode requestRecord(long n, int units) {
        int u = (int) ((n / RECORDS_PER_UNIT_RUN) % units);
        ObjectNode unit = unit(u);
        ObjectNode facts = F.objectNode();
        facts.putArray("units").add(unit);
        facts.putArray("requests").add(request(unit.get("id").asText(), n));
        ObjectNode line = F.objectNode();
        line.put("asOf", AS_OF.toString());
        line.put("key", "r" + n);
        line.set("facts", facts);
        return line;
    }

    public static FactSet toFactSet(ObjectNode facts) {
        try {
            return JSON.treeToValue(facts, FactSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the parts ----

    private void addUnitMonth(int i, ArrayNode units, ArrayNode requests, ArrayNode documents, ArrayNode interpretations,
                              ArrayNode accounts, ArrayNode submissions) {
        ObjectNode unit = unit(i);
        String id = unit.get("id").asText();
        units.add(unit);
        int n = 46 + rnd.nextInt(9); // about 50
        for (int r = 1; r <= n; r++) {
            requests.add(request(id, r));
        }
        for (int d = 1; d <= 10; d++) {
            ObjectNode doc = document(id, d);
            documents.add(doc);
            interpretations.add(interpretation(id, d, LocalDate.parse(doc.get("publishedOn").asText())));
        }
        for (int a = 1; a <= 5; a++) {
            accounts.add(account(id, a));
        }
        zeroReports(id, submissions);
    }

    /** A unit of 双塔区: a department, or every fifth a township. */
    public ObjectNode unit(int i) {
        ObjectNode u = F.objectNode();
        u.put("id", String.format("sta-u%03d", i));
        boolean township = i % 5 == 4;
        u.put("name", township ? "双塔区第" + i + "街道办事处" : "双塔区第" + i + "局");
        u.put("division", DIVISION);
        u.put("kind", township ? "TOWNSHIP" : "DEPARTMENT");
        u.put("inGovernmentBuilding", !township && i % 2 == 0);
        u.put("contactPerson", "联络员" + i);
        return u;
    }

    /** A request received between 20 January and 6 March 2026, in one of the states a ledger holds. */
    public ObjectNode request(String unit, long n) {
        ObjectNode r = F.objectNode();
        r.put("id", unit + "-2026-" + String.format("%03d", n));
        r.put("unit", unit);
        r.put("applicant", "申请人" + n);
        r.put("content", "某项政府信息" + n);
        String channel = CHANNELS[rnd.nextInt(CHANNELS.length)];
        r.put("channel", channel);
        LocalDate received = LocalDate.of(2026, 1, 20).plusDays(rnd.nextInt(46));
        switch (channel) {
            case "IN_PERSON" -> r.put("submittedOn", received.toString());
            case "POST_SIGNED" -> r.put("signedForOn", received.toString());
            case "POST_UNSIGNED" -> {
                r.put("letterArrivedOn", received.toString());
                r.put("confirmedOn", received.plusDays(rnd.nextInt(10) == 0 ? 1 : 0).toString());
            }
            default -> r.put("confirmedOn", received.toString());
        }
        r.put("registeredOn", received.toString());
        r.put("reportedToOfficeOn", received.plusDays(1).toString());
        r.put("applicantContactedOn", received.plusDays(1).toString());
        int kind = rnd.nextInt(20);
        LocalDate clockStart = received;
        if (kind == 0) { // asked to correct, correction received
            r.put("correctionNoticeOn", received.plusDays(2 + rnd.nextInt(12)).toString());
            clockStart = received.plusDays(15);
            r.put("correctedRequestReceivedOn", clockStart.toString());
        } else if (kind == 1) { // asked to correct, still waiting
            r.put("correctionNoticeOn", received.plusDays(3).toString());
        } else if (kind == 2) { // another agency consulted
            ObjectNode c = r.putArray("consultations").addObject();
            c.put("party", "OTHER_AGENCY");
            c.put("name", "双塔区财政局");
            c.put("sentOn", received.plusDays(3).toString());
            c.put("receivedOn", received.plusDays(3).toString());
            if (rnd.nextBoolean()) {
                c.put("repliedOn", received.plusDays(10 + rnd.nextInt(15)).toString());
            }
        } else if (kind == 3) { // extension
            ObjectNode e = r.putObject("extension");
            e.put("workingDays", 15 + rnd.nextInt(6));
            e.put("approvedBy", "区政务公开办负责人");
            e.put("approvedOn", received.plusDays(20).toString());
            e.put("notifiedOn", received.plusDays(20 + rnd.nextInt(12)).toString());
        }
        r.put("proposedHandling", "予以公开");
        if (kind != 1 && rnd.nextInt(10) < 7) { // answered, most in time, some late
            LocalDate answered = clockStart.plusDays(8 + rnd.nextInt(30));
            if (!answered.isAfter(AS_OF)) {
                r.put("handledOn", answered.minusDays(3).toString());
                r.put("reviewedOn", answered.minusDays(2).toString());
                r.put("confidentialityReviewedOn", answered.minusDays(2).toString());
                r.put("officeReviewedOn", answered.minusDays(1).toString());
                r.put("answeredOn", answered.toString());
                r.put("answerMethod", "邮寄");
                r.put("answerType", "予以公开");
                if (rnd.nextBoolean()) {
                    r.put("archivedOn", answered.plusDays(1).toString());
                }
                r.put("reconsiderationOrLitigation", false);
            }
        }
        return r;
    }

    private ObjectNode document(String unit, int d) {
        ObjectNode doc = F.objectNode();
        doc.put("id", unit + "-doc-" + d);
        doc.put("unit", unit);
        doc.put("title", "关于做好某项工作的通知（" + d + "）");
        doc.put("issuer", "DEPARTMENT");
        doc.put("numberPrefix", "朝双政办发");
        ArrayNode kinds = doc.putArray("kinds").add("POLICY");
        if (d % 3 == 0) {
            kinds.add("NORMATIVE");
        }
        doc.put("publicAttribute", d % 7 == 0 ? "ON_REQUEST" : "PROACTIVE");
        LocalDate formed = LocalDate.of(2026, 1, 5).plusDays(rnd.nextInt(50));
        doc.put("draftedOn", formed.minusDays(10).toString());
        doc.put("submittedForReviewOn", formed.minusDays(3).toString());
        doc.put("signedOn", formed.toString());
        doc.put("formedOn", formed.toString());
        doc.put("publishedOn", formed.plusDays(2 + rnd.nextInt(25)).toString());
        doc.put("inForce", true);
        doc.put("listedInPolicyLibrary", rnd.nextInt(5) != 0);
        doc.put("listedAsInForce", true);
        doc.put("fullTextInLibrary", true);
        return doc;
    }

    private ObjectNode interpretation(String unit, int d, LocalDate documentPublished) {
        ObjectNode in = F.objectNode();
        in.put("id", unit + "-jd-" + d);
        in.put("unit", unit);
        in.put("document", unit + "-doc-" + d);
        ArrayNode forms = in.putArray("forms").add("TEXT");
        if (d % 2 == 0) {
            forms.add("GRAPHIC");
        }
        in.put("draftedOn", documentPublished.minusDays(8).toString());
        in.put("submittedForReviewOn", documentPublished.minusDays(4).toString());
        in.put("signedOn", documentPublished.minusDays(2).toString());
        in.put("publishedOn", documentPublished.plusDays(rnd.nextInt(6) == 0 ? 4 : 0).toString());
        in.putArray("elements").add("BACKGROUND").add("GOALS").add("MAIN_CONTENT").add("KEYWORDS");
        in.put("copiesDocument", false);
        in.put("titleOnly", false);
        in.put("processingFormFiled", true);
        in.put("publishedOnPortal", true);
        return in;
    }

    /** An account opened before 2026 that posted from 1 January to the evaluation date, mostly every few days. */
    private ObjectNode account(String unit, int a) {
        ObjectNode acc = F.objectNode();
        acc.put("id", unit + "-nm-" + a);
        acc.put("unit", unit);
        acc.put("name", "双塔发布" + a);
        acc.put("platform", PLATFORMS[(a - 1) % PLATFORMS.length]);
        acc.put("appliedOn", "2023-03-01");
        acc.put("approvedOn", "2023-03-10");
        acc.put("filedOn", "2023-03-12");
        acc.put("openedOn", "2023-03-15");
        ArrayNode posts = acc.putArray("posts");
        LocalDate d = YEAR_START.plusDays(rnd.nextInt(4));
        boolean quiet = rnd.nextInt(8) == 0; // now and then an account falls silent over the holiday
        while (!d.isAfter(AS_OF)) {
            posts.add(d.toString());
            int step = 1 + rnd.nextInt(5);
            if (rnd.nextInt(15) == 0) {
                step = 8 + rnd.nextInt(4); // a gap over 7 days
            }
            if (quiet && d.isAfter(LocalDate.of(2026, 2, 12))) {
                break;
            }
            d = d.plusDays(step);
        }
        return acc;
    }

    /** The 一、2 "零" reports due since 1 January (10th, 20th, 30th / last day of February): most on time. */
    private void zeroReports(String unit, ArrayNode submissions) {
        int k = 0;
        for (LocalDate due : new LocalDate[]{LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 30),
                LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 10)}) {
            int roll = rnd.nextInt(12);
            if (roll == 0) {
                continue; // not reported
            }
            ObjectNode s = submissions.addObject();
            s.put("id", unit + "-zr-" + (++k));
            s.put("unit", unit);
            s.put("kind", "ZERO_REPORT");
            s.put("period", due.toString());
            s.put("submittedOn", (roll == 1 ? due.plusDays(2) : due.minusDays(rnd.nextInt(3))).toString());
        }
        for (LocalDate month : new LocalDate[]{LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)}) {
            ObjectNode s = submissions.addObject();
            s.put("id", unit + "-im-" + month.getMonthValue());
            s.put("unit", unit);
            s.put("kind", "INTERVIEW_MATERIAL");
            s.put("period", month.toString());
            s.put("submittedOn", month.minusDays(rnd.nextInt(5)).toString());
            s.put("count", 1);
        }
    }
}
