package org.zwgk.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.zwgk.bench.gen.FactGenerator;
import org.zwgk.bench.gen.NdjsonGen;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.facts.FactSet;
import org.zwgk.rules.facts.Request;
import org.zwgk.rules.facts.Unit;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A streamed bulk evaluation through the library: a generator thread writes n NDJSON request records into a pipe,
 * this thread reads them line by line (Jackson, one record at a time), evaluates each record — or, with
 * {@code batch}, each run of up to 50 consecutive records of one unit as one fact set — and discards the results.
 * Prints records per second, the peak heap in use (sampled), the peak heap left after a collection (the live set),
 * and the process's resident memory (VmRSS, VmHWM).
 * <pre>java -Xmx512m -cp benchmarks.jar org.zwgk.bench.BulkLibrary 1000000 [record|batch]</pre>
 */
public final class BulkLibrary {
    /** One NDJSON line. */
    public record Line(LocalDate asOf, String key, FactSet facts) {
    }

    /** The most records of one unit evaluated together in batch mode. */
    static final int BATCH = 50;
    private static final AtomicLong PEAK_USED = new AtomicLong();
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    private BulkLibrary() {
    }

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args.length > 0 ? args[0] : "100000");
        boolean batch = args.length > 1 && args[1].equals("batch");
        watchMemory();
        Rulebook book = Rulebook.load();
        EvaluationOptions options = EvaluationOptions.actionable();

        PipedInputStream pipe = new PipedInputStream(1 << 16);
        PipedOutputStream sink = new PipedOutputStream(pipe);
        Thread writer = new Thread(() -> {
            try (sink) {
                NdjsonGen.write(n, sink);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }, "ndjson-generator");
        writer.setDaemon(true);

        long start = System.nanoTime();
        writer.start();
        long records = 0;
        long findings = 0;
        long evaluations = 0;
        try (InputStream in = new BufferedInputStream(pipe, 1 << 16);
             MappingIterator<Line> lines = FactGenerator.JSON.readerFor(Line.class).readValues(in)) {
            List<Request> pending = new ArrayList<>();
            Unit pendingUnit = null;
            LocalDate pendingAsOf = null;
            while (lines.hasNextValue()) {
                Line line = lines.nextValue();
                records++;
                if (!batch) {
                    findings += book.evaluate(line.facts(), line.asOf(), options).findings().size();
                    evaluations++;
                } else {
                    Unit u = line.facts().getUnits().get(0);
                    if (pendingUnit != null && (!pendingUnit.getId().equals(u.getId()) || pending.size() == BATCH)) {
                        findings += book.evaluate(FactSet.of(List.of(pendingUnit), pending), pendingAsOf, options).findings().size();
                        evaluations++;
                        pending = new ArrayList<>();
                    }
                    pendingUnit = u;
                    pendingAsOf = line.asOf();
                    pending.addAll(line.facts().getRequests());
                }
                if (records % 100_000 == 0) {
                    System.out.printf("%,d records, %.0f s, heap in use %d MB%n", records, (System.nanoTime() - start) / 1e9,
                            used() >> 20);
                }
            }
            if (!pending.isEmpty()) {
                findings += book.evaluate(FactSet.of(List.of(pendingUnit), pending), pendingAsOf, options).findings().size();
                evaluations++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("mode %s: %,d records, %,d evaluations, %,d findings in %.1f s: %,.0f records/s%n",
                batch ? "batch" : "record", records, evaluations, findings, seconds, records / seconds);
        System.out.printf("peak heap in use (sampled) %d MB; peak heap after a collection (live set) %d MB; max heap %d MB%n",
                PEAK_USED.get() >> 20, PEAK_AFTER_GC.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(proc("VmRSS") + "; " + proc("VmHWM"));
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Samples the heap every 20 ms and records the heap left after each collection. */
    private static void watchMemory() {
        Thread sampler = new Thread(() -> {
            while (true) {
                PEAK_USED.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    PEAK_AFTER_GC.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
    }

    static String proc(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                    .map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse(field + ": ?");
        } catch (IOException e) {
            return field + ": ?";
        }
    }
}
