package org.zwgk.rules.report;

import org.zwgk.rules.facts.Appeal;
import org.zwgk.rules.facts.AppealResult;
import org.zwgk.rules.facts.AppealRoute;
import org.zwgk.rules.facts.ApplicantKind;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Fee;
import org.zwgk.rules.facts.Outcome;
import org.zwgk.rules.facts.ProactiveCounts;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded, synthetic ledger of one unit over several years, for the annual report's fill test and its benchmark
 * (benchmarks/ uses it through the rules-core test jar): every request placeable, with every applicant kind, every
 * outcome line (其他处理 1 and 2 through a correction notice and an unpaid fee), requests crossing the year's end,
 * requests still open at the end, and appeals on every route, some decided after the year.
 */
public final class GeneratedLedger {
    public static final String UNIT = "gen";

    private GeneratedLedger() {
    }

    /** {@code n} requests received from 1 January of {@code firstYear} to 20 December of {@code lastYear}. */
    public static FactSet of(int n, int firstYear, int lastYear, long seed) {
        Random rnd = new Random(seed);
        LocalDate from = LocalDate.of(firstYear, 1, 1);
        int span = (int) (LocalDate.of(lastYear, 12, 20).toEpochDay() - from.toEpochDay());
        Outcome[] outcomes = Outcome.values();
        ApplicantKind[] kinds = ApplicantKind.values();
        AppealRoute[] routes = AppealRoute.values();
        AppealResult[] results = AppealResult.values();
        List<Request> requests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate submitted = from.plusDays(rnd.nextInt(span + 1));
            Channel channel = Channel.values()[rnd.nextInt(Channel.values().length)];
            Request r = new Request(String.format("G-%05d", i), UNIT, channel, submitted);
            r.setApplicantKind(kinds[rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(kinds.length)]);
            switch (channel) {
                case POST_SIGNED -> r.setSignedForOn(submitted.plusDays(rnd.nextInt(3)));
                case POST_UNSIGNED -> {
                    r.setLetterArrivedOn(submitted.plusDays(rnd.nextInt(3)));
                    r.setConfirmedOn(r.getLetterArrivedOn());
                }
                case ONLINE, FAX -> r.setConfirmedOn(submitted.plusDays(rnd.nextInt(2)));
                default -> { }
            }
            LocalDate received = r.getSignedForOn() != null ? r.getSignedForOn()
                    : r.getConfirmedOn() != null ? r.getConfirmedOn() : submitted;
            Outcome o = outcomes[rnd.nextInt(outcomes.length)];
            int days = 1 + rnd.nextInt(45);
            boolean open = received.plusDays(days).isAfter(LocalDate.of(lastYear, 12, 31)) || rnd.nextInt(50) == 0;
            if (o == Outcome.OTHER_FEE_UNPAID) {
                Fee fee = new Fee();
                fee.setNoticeOn(received.plusDays(5));
                fee.setPages(300);
                fee.setByQuantityAmount(java.math.BigDecimal.valueOf(6700)); // what the bands allow for 300 pages
                r.setFee(fee); // never paid: abandoned 20 working days later, unless the year ends first
            } else if (o == Outcome.OTHER_NOT_CORRECTED) {
                r.setCorrectionNoticeOn(received.plusDays(2));
                if (!open) {
                    r.setAnsweredOn(received.plusDays(days));
                }
            } else if (!open) {
                r.setAnsweredOn(received.plusDays(days));
                r.setOutcome(o);
            }
            if (r.getAnsweredOn() != null && rnd.nextInt(20) == 0) {
                LocalDate filed = r.getAnsweredOn().plusDays(10 + rnd.nextInt(50));
                boolean decided = rnd.nextBoolean();
                r.getAppeals().add(new Appeal(routes[rnd.nextInt(routes.length)], filed,
                        decided ? results[rnd.nextInt(results.length)] : null, decided ? filed.plusDays(20 + rnd.nextInt(60)) : null));
            }
            requests.add(r);
        }
        FactSet facts = FactSet.of(List.of(new Unit(UNIT, "某县某局（生成数据）", "211302", UnitKind.DEPARTMENT)), requests);
        List<ProactiveCounts> counts = new ArrayList<>();
        int inForce = 40;
        for (int y = firstYear; y <= lastYear; y++) {
            ProactiveCounts c = new ProactiveCounts();
            c.setId(UNIT + "-" + y);
            c.setUnit(UNIT);
            c.setYear(y);
            int issued = rnd.nextInt(10);
            int repealed = rnd.nextInt(5);
            inForce += issued - repealed;
            c.setNormativeDocumentsIssued(issued);
            c.setNormativeDocumentsRepealed(repealed);
            c.setNormativeDocumentsInForce(inForce);
            c.setRulesIssued(0);
            c.setRulesRepealed(0);
            c.setRulesInForce(0);
            c.setLicensingDecisions(rnd.nextInt(500));
            c.setPenaltyDecisions(rnd.nextInt(100));
            c.setCoercionDecisions(rnd.nextInt(10));
            c.setFeeIncome(java.math.BigDecimal.valueOf(rnd.nextInt(10000), 2));
            counts.add(c);
        }
        facts.setProactiveCounts(counts);
        return facts;
    }
}
