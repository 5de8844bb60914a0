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
import org.zwgk.rules.Evaluation;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.facts.AnnualReport;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.report.FilledReport;
import org.zwgk.rules.report.GeneratedLedger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Filling the annual report's tables (parts 二, 三, 四) for 2025 from a generated ledger of 10,000 requests over
 * 2023–2025 (seed 42; the ledger AnnualReportTest checks), validation included, as {@code Rulebook.fillAnnualReport}
 * does it; and checking the three filled reports against each other and that ledger. Average time per operation.
 * Command: docs/benchmarks.md, "Annual report: fill and check".
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AnnualReportBenchmark {

    @State(Scope.Benchmark)
    public static class Ledger {
        public Rulebook book;
        public FactSet ledger;
        /** The same ledger with its three filled reports, to check (RPT-1…8, the ledger comparison included). */
        public FactSet withReports;

        @Setup
        public void load() {
            book = Rulebook.load();
            ledger = GeneratedLedger.of(10_000, 2023, 2025, 42);
            FilledReport check = book.fillAnnualReport(ledger, GeneratedLedger.UNIT, 2025);
            if (!check.complete()) {
                throw new IllegalStateException("the generated ledger does not fill completely: " + check.gaps());
            }
            withReports = GeneratedLedger.of(10_000, 2023, 2025, 42);
            List<AnnualReport> reports = new ArrayList<>();
            for (int year = 2023; year <= 2025; year++) {
                AnnualReport r = new AnnualReport();
                r.setId("gen-" + year);
                r.setUnit(GeneratedLedger.UNIT);
                r.setYear(year);
                r.setTables(book.fillAnnualReport(withReports, GeneratedLedger.UNIT, year).tables());
                reports.add(r);
            }
            withReports.setAnnualReports(reports);
        }
    }

    @Benchmark
    @Threads(1)
    public FilledReport fill10000RequestsThreeYears(Ledger l) {
        return l.book.fillAnnualReport(l.ledger, GeneratedLedger.UNIT, 2025);
    }

    /** The three reports checked against each other and against the 10,000-request ledger (one evaluation). */
    @Benchmark
    @Threads(1)
    public Evaluation check3ReportsAgainst10000Requests(Ledger l) {
        return l.book.checkAnnualReports(l.withReports, CHECKED_ON, EvaluationOptions.everything());
    }

    private static final LocalDate CHECKED_ON = LocalDate.of(2026, 2, 1);
}
