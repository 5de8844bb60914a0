package org.zwgk.bench;

import org.zwgk.rules.Rulebook;

/**
 * Runtime compile of the whole catalogue: the first {@code Rulebook.load()} in a fresh JVM (cold: class loading,
 * MVEL and the Java compiler not yet warmed) and the following loads in the same JVM (warm), as a reload does.
 * <pre>java -cp benchmarks.jar org.zwgk.bench.CompileCatalogue 10</pre>
 */
public final class CompileCatalogue {
    private CompileCatalogue() {
    }

    public static void main(String[] args) {
        int warm = Integer.parseInt(args.length > 0 ? args[0] : "10");
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        Rulebook book = Rulebook.load();
        long cold = System.nanoTime() - t0;
        System.out.printf("rules %d, duties %d%n", book.ruleCount(), book.catalogue().size());
        System.out.printf("cold  load: %d ms (JVM start to loaded: %d ms)%n", cold / 1_000_000, System.currentTimeMillis() - jvmStart);
        long[] times = new long[warm];
        for (int i = 0; i < warm; i++) {
            long t = System.nanoTime();
            Rulebook.load();
            times[i] = System.nanoTime() - t;
            System.out.printf("warm  load %2d: %d ms%n", i + 1, times[i] / 1_000_000);
        }
        java.util.Arrays.sort(times);
        if (warm > 0) {
            System.out.printf("warm  load: median %d ms, best %d ms (%d loads)%n", times[warm / 2] / 1_000_000, times[0] / 1_000_000, warm);
        }
    }
}
