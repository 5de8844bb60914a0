package org.zwgk.rules;

import org.junit.jupiter.api.Test;
import org.zwgk.rules.facts.Channel;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;
import org.zwgk.rules.facts.UnitKind;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight threads evaluate distinct fact sets against one rule book while another thread keeps replacing the reference,
 * every millisecond, with another load of the same tree (three loads in turn; loading takes seconds, so they are made
 * up front). Every result is checked against what its own facts call for: nothing of one
 * evaluation (findings, subjects, ledger, clock) shows up in another.
 */
class RobustConcurrencyTest {
    static final int THREADS = 8;
    static final int PER_THREAD = 100;
    static final LocalDate AS_OF = LocalDate.of(2024, 3, 20);

    /**
     * Task {@code t}'s facts: its own unit and 1 + t % 3 requests, request k answered k % 5 working days late after
     * the due date 2024-03-08 (Fri); ids carry the task number so a finding of another task would show.
     */
    static FactSet facts(int t) {
        String unit = "u" + t;
        List<Request> rs = new ArrayList<>();
        for (int k = 0; k <= t % 3; k++) {
            int late = (t + k) % 5;
            Request r = new Request("t" + t + "-r" + k, unit, Channel.IN_PERSON, LocalDate.of(2024, 2, 5));
            r.setAnsweredOn(LocalDate.of(2024, 3, 8).plusDays(late == 0 ? 0 : late + 2));
            rs.add(r);
        }
        return FactSet.of(List.of(new Unit(unit, "单位" + t, t % 2 == 0 ? "211302" : "371781", UnitKind.DEPARTMENT)), rs);
    }

    /** Null if the evaluation is right for task {@code t}, else what is wrong. */
    static String check(int t, Evaluation ev, Set<String> versions) {
        if (!versions.contains(ev.rulesetVersion())) {
            return "task " + t + ": unknown rule set version " + ev.rulesetVersion();
        }
        for (Finding f : ev.findings()) {
            if (!f.unit().equals("u" + t)) {
                return "task " + t + ": a finding about unit " + f.unit() + ": " + f;
            }
        }
        List<Finding> ogi33 = ev.of("OGI-33");
        if (ogi33.size() != 1 + t % 3) {
            return "task " + t + ": " + ogi33.size() + " OGI-33 findings, expected " + (1 + t % 3);
        }
        for (Finding f : ogi33) {
            int k = Integer.parseInt(f.subjectId().substring(f.subjectId().indexOf("-r") + 2));
            int late = (t + k) % 5;
            Status expected = late == 0 ? Status.SATISFIED : Status.VIOLATION;
            if (!f.subjectId().startsWith("t" + t + "-") || f.status() != expected
                    || (late > 0 && !f.message().endsWith("逾期" + late + "个工作日"))) {
                return "task " + t + ": " + f.subjectId() + " " + f.status() + " " + f.message() + ", expected " + expected
                        + (late > 0 ? " 逾期" + late + "个工作日" : "");
            }
        }
        return null;
    }

    @Test
    void manyThreadsEvaluateWhileTheRuleBookIsReplaced() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            // three separately loaded rule books of the same tree (each with its own compiled knowledge base)
            List<Rulebook> books = List.of(TestRules.book(), Rulebook.load(TestRules.directory()), Rulebook.load(TestRules.directory()));
            Set<String> versions = books.stream().map(Rulebook::version).collect(Collectors.toSet());
            AtomicReference<Rulebook> current = new AtomicReference<>(books.get(0));
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger replaced = new AtomicInteger();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            // replaces the reference every millisecond while the evaluations run, so many of them start on one rule
            // book and finish after it was replaced
            Thread replacer = new Thread(() -> {
                for (int i = 1; !done.get(); i++) {
                    current.set(books.get(i % books.size()));
                    replaced.incrementAndGet();
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }
            }, "replacer");
            replacer.start();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            Set<Rulebook> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
            try {
                List<Future<Integer>> futures = new ArrayList<>();
                for (int w = 0; w < THREADS; w++) {
                    int worker = w;
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < PER_THREAD; i++) {
                            int t = worker * PER_THREAD + i;
                            Rulebook book = current.get();
                            used.add(book);
                            String problem = check(t, book.evaluate(facts(t), AS_OF), versions);
                            if (problem != null) {
                                wrong.add(problem);
                            }
                        }
                        return PER_THREAD;
                    }));
                }
                int total = 0;
                for (Future<Integer> f : futures) {
                    total += f.get();
                }
                assertEquals(THREADS * PER_THREAD, total);
            } finally {
                done.set(true);
                pool.shutdownNow();
                pool.awaitTermination(30, TimeUnit.SECONDS);
                replacer.join();
            }
            assertTrue(wrong.isEmpty(), wrong.size() + " wrong results, e.g.\n" + wrong.stream().limit(10).collect(Collectors.joining("\n")));
            assertEquals(books.size(), used.size(), "every rule book took part");
            assertEquals(1, versions.size(), "the same tree gives the same version");
            System.out.printf("RobustConcurrencyTest: %d evaluations on %d threads, rule book reference replaced %d times%n",
                    THREADS * PER_THREAD, THREADS, replaced.get());
        });
    }
}
