package org.zwgk.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.zwgk.bench.baseline.HandWritten;
import org.zwgk.bench.gen.FactGenerator;
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.facts.FactSet;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Evaluations per second of the standard fact sets (one request, a unit-month, a district-month of 200 units), with
 * one thread and with two; and the slice OGI-30/31/33, SHT26-9b, SHT26-1.2a judged by the rulebook and by the
 * hand-written baseline on the same unit-month. Allocation per evaluation: run with {@code -prof gc}
 * ({@code gc.alloc.rate.norm}). Commands: docs/benchmarks.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EvaluationBenchmark {

    /** The rule set and the facts, shared by every thread (an evaluation never changes its facts). */
    @State(Scope.Benchmark)
    public static class Book {
        public Rulebook book;
        public HandWritten handWritten;
        public FactSet one;
        public FactSet unitMonth;
        public FactSet district;
        public List<FactSet> districtUnits;
        public LocalDate asOf = FactGenerator.AS_OF;
        public EvaluationOptions everything = EvaluationOptions.everything();
        public EvaluationOptions slice = EvaluationOptions.everything().withRuleIds(HandWritten.RULE_IDS);

        @Setup
        public void load() {
            book = Rulebook.load();
            handWritten = new HandWritten(book);
            one = FactGenerator.toFactSet(new FactGenerator().oneRequest());
            unitMonth = FactGenerator.toFactSet(new FactGenerator().unitMonth(0));
            district = FactGenerator.toFactSet(new FactGenerator().districtMonth(200));
            districtUnits = new FactGenerator().unitMonths(200).stream().map(FactGenerator::toFactSet).toList();
        }
    }

    // ---- the three sizes, the whole rulebook ----

    @Benchmark
    @Threads(1)
    public Evaluation oneRequest(Book b) {
        return b.book.evaluate(b.one, b.asOf, b.everything);
    }

    @Benchmark
    @Threads(2)
    public Evaluation oneRequest2T(Book b) {
        return b.book.evaluate(b.one, b.asOf, b.everything);
    }

    @Benchmark
    @Threads(1)
    public Evaluation unitMonth(Book b) {
        return b.book.evaluate(b.unitMonth, b.asOf, b.everything);
    }

    @Benchmark
    @Threads(2)
    public Evaluation unitMonth2T(Book b) {
        return b.book.evaluate(b.unitMonth, b.asOf, b.everything);
    }

    /** The 200 units of the district in one fact set (one evaluation per operation). */
    @Benchmark
    @Threads(1)
    public Evaluation districtMonth(Book b) {
        return b.book.evaluate(b.district, b.asOf, b.everything);
    }

    @Benchmark
    @Threads(2)
    public Evaluation districtMonth2T(Book b) {
        return b.book.evaluate(b.district, b.asOf, b.everything);
    }

    /** The same district unit by unit: 200 evaluations per operation. */
    @Benchmark
    @Threads(1)
    public int districtByUnit(Book b) {
        int n = 0;
        for (FactSet f : b.districtUnits) {
            n += b.book.evaluate(f, b.asOf, b.everything).findings().size();
        }
        return n;
    }

    // ---- the slice, rulebook against hand-written, same unit-month ----

    @Benchmark
    @Threads(1)
    public Evaluation sliceRulebook(Book b) {
        return b.book.evaluate(b.unitMonth, b.asOf, b.slice);
    }

    @Benchmark
    @Threads(2)
    public Evaluation sliceRulebook2T(Book b) {
        return b.book.evaluate(b.unitMonth, b.asOf, b.slice);
    }

    @Benchmark
    @Threads(1)
    public List<HandWritten.Result> sliceHandWritten(Book b) {
        return b.handWritten.evaluate(b.unitMonth, b.asOf);
    }

    @Benchmark
    @Threads(2)
    public List<HandWritten.Result> sliceHandWritten2T(Book b) {
        return b.handWritten.evaluate(b.unitMonth, b.asOf);
    }
}
