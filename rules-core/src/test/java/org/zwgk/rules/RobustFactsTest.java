package org.zwgk.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.zwgk.rules.deadline.AnswerDeadline;
import org.zwgk.rules.facts.Account;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.Column;
import org.zwgk.rules.facts.Consultation;
import org.zwgk.rules.facts.ConsultedParty;
import org.zwgk.rules.facts.Extension;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Fee;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Task;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;
import org.zwgk.rules.facts.Website;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The library API under generated bad facts: null and inconsistent values give {@link InvalidFactsException} naming
 * the field by its path, or a result (INCOMPLETE where a date is missing); never another exception. Fixed seeds make
 * every run try the same cases.
 */
class RobustFactsTest {
    /** A field path: {@code requests[2].consultations[0].repliedOn}, {@code asOf}, {@code facts}. */
    private static final Pattern PATH = Pattern.compile("[a-zA-Z]+(\\[\\d+])?(\\.[a-zA-Z0-9]+(\\[\\d+])?)*");
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 20);

    private static Rulebook book() {
        return TestRules.book();
    }

    // ---- generators ------------------------------------------------------------------------------------------

    private static Arbitrary<LocalDate> date() {
        Arbitrary<LocalDate> inside = Arbitraries.integers().between(0, 6 * 365)
                .map(d -> LocalDate.of(2021, 1, 1).plusDays(d));
        Arbitrary<LocalDate> odd = Arbitraries.of(LocalDate.of(1900, 1, 1), LocalDate.of(2020, 12, 31),
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), LocalDate.of(9999, 12, 31), LocalDate.of(2024, 2, 29));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, inside),
                net.jqwik.api.Tuple.of(2, odd),
                net.jqwik.api.Tuple.of(2, Arbitraries.just((LocalDate) null)));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.of("u1", "u2", "r1", "r2", "", " ", "双塔区某局", "😀🏛️", "\u0000", "nope"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(30),
                Arbitraries.just((String) null));
    }

    private static Arbitrary<Integer> count() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-5, 400), Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE),
                Arbitraries.just((Integer) null));
    }

    private static <T> Arbitrary<List<T>> listWithNulls(Arbitrary<T> each, int max) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, each),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((T) null))).list().ofMaxSize(max);
    }

    private static Arbitrary<Unit> unit() {
        return Combinators.combine(Arbitraries.oneOf(Arbitraries.of("u1", "u2"), text()),
                Arbitraries.oneOf(Arbitraries.of("211302", "211300", "210000", "000000", "371700"), text()),
                Arbitraries.of(UnitKind.class).injectNull(0.1)).as((id, division, kind) -> new Unit(id, "单位", division, kind));
    }

    private static Arbitrary<Consultation> consultation() {
        return Combinators.combine(Arbitraries.of(ConsultedParty.class).injectNull(0.2), date(), date(), date())
                .as(Consultation::new);
    }

    private static Arbitrary<Request> request() {
        Arbitrary<Extension> extension = Combinators.combine(count(), date(), date()).as(Extension::new).injectNull(0.6);
        Arbitrary<Fee> fee = Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.valueOf(-100), BigDecimal.valueOf(5000))
                        .ofScale(2).injectNull(0.3), count(), count(), date())
                .as((amount, pages, inMonth, notice) -> {
                    Fee f = new Fee();
                    f.setPerRequestAmount(amount);
                    f.setPages(pages);
                    f.setRequestsInMonth(inMonth);
                    f.setNoticeOn(notice);
                    return f;
                }).injectNull(0.7);
        return Combinators.combine(Arbitraries.oneOf(Arbitraries.of("r1", "r2", "r3"), text()),
                        Arbitraries.oneOf(Arbitraries.of("u1", "u2"), text()),
                        Arbitraries.of(Channel.class).injectNull(0.1), date(), date(),
                        listWithNulls(consultation(), 2), extension, fee)
                .as((id, unit, channel, submitted, answered, consultations, ext, f) -> {
                    Request r = new Request(id, unit, channel, submitted);
                    r.setAnsweredOn(answered);
                    r.setConsultations(new ArrayList<>(consultations));
                    r.setExtension(ext);
                    r.setFee(f);
                    return r;
                });
    }

    private static Arbitrary<Website> website() {
        return Combinators.combine(Arbitraries.of("w1", "w2"), Arbitraries.of("u1", "u2"), count(), count(),
                        listWithNulls(date(), 3))
                .as((id, unit, checks, failures, updates) -> {
                    Website w = new Website();
                    w.setId(id);
                    w.setUnit(unit);
                    w.setAccessChecks(checks);
                    w.setAccessFailures(failures);
                    w.setHomepageUpdates(new ArrayList<>(updates));
                    return w;
                });
    }

    @Provide
    Arbitrary<FactSet> anyFacts() {
        Arbitrary<Column> column = Combinators.combine(Arbitraries.of("c1", "c2"), Arbitraries.of("u1", "u2"), count())
                .as((id, unit, broken) -> {
                    Column c = new Column();
                    c.setId(id);
                    c.setUnit(unit);
                    c.setBrokenLinks(broken);
                    return c;
                });
        Arbitrary<Task> task = Combinators.combine(Arbitraries.of("t1", "t2"), Arbitraries.of("u1", "u2"), count(), date())
                .as((id, unit, n, done) -> {
                    Task t = new Task();
                    t.setId(id);
                    t.setUnit(unit);
                    t.setCount(n);
                    t.setCompletedOn(done);
                    return t;
                });
        return Combinators.combine(listWithNulls(unit(), 3), listWithNulls(request(), 4), listWithNulls(website(), 2),
                        listWithNulls(column, 2), listWithNulls(task, 2))
                .as((units, requests, websites, columns, tasks) -> {
                    FactSet f = FactSet.of(new ArrayList<>(units), new ArrayList<>(requests));
                    f.setWebsites(new ArrayList<>(websites));
                    f.setColumns(new ArrayList<>(columns));
                    f.setTasks(new ArrayList<>(tasks));
                    return f;
                });
    }

    @Provide
    Arbitrary<LocalDate> asOf() {
        return date();
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** Anything at all: a result, or InvalidFactsException whose every problem names a field by its path. */
    @Property(tries = 400, seed = "20240320", shrinking = ShrinkingMode.OFF)
    void anyFactSetGivesAResultOrNamesTheFields(@ForAll("anyFacts") FactSet facts, @ForAll("asOf") LocalDate asOf) {
        try {
            Evaluation ev = book().evaluate(facts, asOf);
            assertNotNull(ev.findings());
            ev.findings().forEach(f -> {
                assertNotNull(f.status(), "a finding without a status");
                assertNotNull(f.ruleId());
            });
        } catch (InvalidFactsException e) {
            assertFalse(e.problems().isEmpty());
            for (InvalidFactsException.Problem p : e.problems()) {
                assertTrue(PATH.matcher(p.field()).matches(), "not a field path: '" + p.field() + "'");
                assertFalse(p.reason() == null || p.reason().isBlank(), "no reason for " + p.field());
            }
        }
    }

    /** A request's deadline: a state (INCOMPLETE where a date is missing) or the fields at fault, whatever its dates. */
    @Property(tries = 300, seed = "20240321", shrinking = ShrinkingMode.OFF)
    void anyRequestGetsADeadlineOrIncomplete(@ForAll("requests") Request r, @ForAll("asOf") LocalDate asOf) {
        if (asOf == null) {
            assertThrows(NullPointerException.class, () -> book().answerDeadline(r, null)); // documented: asOf required
            return;
        }
        try {
            AnswerDeadline d = book().answerDeadline(r, asOf);
            assertNotNull(d.state());
            if (r.getAnsweredOn() != null && r.referenceDate() != null) {
                assertFalse(r.getAnsweredOn().isBefore(r.referenceDate()), "an answer before receipt was accepted");
            }
        } catch (InvalidFactsException e) {
            for (InvalidFactsException.Problem p : e.problems()) {
                assertTrue(p.field().startsWith("request") && PATH.matcher(p.field()).matches(), "not a field path: " + p.field());
            }
        }
    }

    @Provide
    Arbitrary<Request> requests() {
        return request();
    }

    /** A defect planted in good facts is refused naming exactly that field: never evaluated as if it were fine. */
    @Property(tries = 300, seed = "20240322", shrinking = ShrinkingMode.OFF)
    void aPlantedDefectIsNamed(@ForAll("defects") Defect defect, @ForAll("goodIndex") int at) {
        FactSet facts = goodFacts();
        defect.plant.accept(new Target(facts, at));
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> book().evaluate(facts, AS_OF),
                defect.name + " was not refused");
        String expected = defect.field.replace("#", String.valueOf(at));
        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals(expected)),
                defect.name + ": expected a problem at " + expected + ", got " + e.problems());
    }

    @Provide
    Arbitrary<Integer> goodIndex() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Defect> defects() {
        return Arbitraries.of(DEFECTS);
    }

    private record Target(FactSet facts, int at) {
        Request request() {
            return facts.getRequests().get(at);
        }
    }

    private record Defect(String name, String field, Consumer<Target> plant) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Defect> DEFECTS = Arrays.asList(
            new Defect("answer before receipt", "requests[#].answeredOn",
                    t -> t.request().setAnsweredOn(t.request().getSubmittedOn().minusDays(1))),
            new Defect("reply before sending", "requests[#].consultations[0].repliedOn",
                    t -> t.request().getConsultations().add(new Consultation(ConsultedParty.THIRD_PARTY,
                            LocalDate.of(2024, 2, 20), null, LocalDate.of(2024, 2, 19)))),
            new Defect("consultation without party", "requests[#].consultations[0].party",
                    t -> t.request().getConsultations().add(new Consultation(null, LocalDate.of(2024, 2, 20), null, null))),
            new Defect("null consultation", "requests[#].consultations[0]", t -> t.request().getConsultations().add(null)),
            new Defect("negative extension", "requests[#].extension.workingDays",
                    t -> t.request().setExtension(new Extension(-3, LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 21)))),
            new Defect("negative pages", "requests[#].fee.pages", t -> {
                Fee f = new Fee();
                f.setPages(-1);
                t.request().setFee(f);
            }),
            new Defect("negative fee", "requests[#].fee.perRequestAmount", t -> {
                Fee f = new Fee();
                f.setPerRequestAmount(new BigDecimal("-0.01"));
                t.request().setFee(f);
            }),
            new Defect("duplicate request id", "requests[2].id",
                    t -> t.facts().getRequests().get(2).setId(t.facts().getRequests().get(t.at() % 2).getId())),
            new Defect("unknown unit", "requests[#].unit", t -> t.request().setUnit("nowhere")),
            new Defect("missing request id", "requests[#].id", t -> t.request().setId(null)),
            new Defect("null request", "requests[#]", t -> t.facts().getRequests().set(t.at(), null)),
            new Defect("null unit", "units[0]", t -> t.facts().getUnits().add(0, null)),
            new Defect("duplicate unit id", "units[1].id", t -> t.facts().getUnits().add(new Unit("u1", "x", "211302", UnitKind.DEPARTMENT))),
            new Defect("bad division", "units[0].division", t -> t.facts().getUnits().get(0).setDivision("21130")),
            new Defect("negative broken links", "columns[0].brokenLinks", t -> {
                Column c = new Column();
                c.setId("c1");
                c.setUnit("u1");
                c.setBrokenLinks(-1);
                t.facts().getColumns().add(c);
            }),
            new Defect("negative task count", "tasks[0].count", t -> {
                Task k = new Task();
                k.setId("k1");
                k.setUnit("u1");
                k.setCount(-2);
                t.facts().getTasks().add(k);
            }),
            new Defect("more failures than checks", "websites[0].accessFailures", t -> {
                Website w = new Website();
                w.setId("w1");
                w.setUnit("u1");
                w.setAccessChecks(10);
                w.setAccessFailures(11);
                t.facts().getWebsites().add(w);
            }),
            new Defect("null update date", "websites[0].homepageUpdates[1]", t -> {
                Website w = new Website();
                w.setId("w1");
                w.setUnit("u1");
                w.setHomepageUpdates(new ArrayList<>(Arrays.asList(LocalDate.of(2024, 1, 2), null)));
                t.facts().getWebsites().add(w);
            }),
            new Defect("null post date", "accounts[0].posts[0]", t -> {
                Account a = new Account();
                a.setId("a1");
                a.setUnit("u1");
                a.setPosts(new ArrayList<>(Arrays.asList((LocalDate) null)));
                t.facts().getAccounts().add(a);
            }));

    /** Three requests of one unit, all well-formed, evaluated without complaint. */
    private static FactSet goodFacts() {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Request r = new Request("r" + i, "u1", Channel.IN_PERSON, LocalDate.of(2024, 2, 5).plusDays(i));
            r.setAnsweredOn(i == 0 ? null : LocalDate.of(2024, 3, 1));
            requests.add(r);
        }
        return FactSet.of(new ArrayList<>(List.of(new Unit("u1", "双塔区某局", "211302", UnitKind.DEPARTMENT))), requests);
    }

    /** The good facts really are good: the planted defect is what the property sees refused. */
    @net.jqwik.api.Example
    void theGoodFactsEvaluate() {
        Evaluation ev = book().evaluate(goodFacts(), AS_OF);
        assertEquals(3, ev.of("OGI-33").size());
    }

    /** A missing date is not an error but INCOMPLETE for the rule that needs it. */
    @net.jqwik.api.Example
    void aMissingDateOfReceiptIsIncomplete() {
        FactSet facts = goodFacts();
        facts.getRequests().get(0).setSubmittedOn(null);
        Evaluation ev = book().evaluate(facts, AS_OF);
        assertTrue(ev.of("OGI-33").stream().anyMatch(f -> f.subjectId().equals("r0") && f.status() == Status.INCOMPLETE),
                () -> "no INCOMPLETE OGI-33 for r0: " + ev.of("OGI-33"));
    }

    @net.jqwik.api.Example
    void nullFactsOrDateAreNamed() {
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> book().evaluate(null, null));
        assertEquals(List.of("asOf", "facts"), e.problems().stream().map(InvalidFactsException.Problem::field).toList());
        if (e.problems().isEmpty()) {
            fail();
        }
    }
}
