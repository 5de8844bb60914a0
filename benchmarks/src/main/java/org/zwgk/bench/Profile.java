package org.zwgk.bench;

import org.zwgk.bench.gen.FactGenerator;
import org.zwgk.rules.EvaluationOptions;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.facts.FactSet;

/**
 * Evaluates one standard fact set in a loop for a number of seconds, for a profiler (e.g. JFR) to look at.
 * <pre>java -XX:StartFlightRecording=filename=eval.jfr -cp benchmarks.jar org.zwgk.bench.Profile unit-month 30</pre>
 */
public final class Profile {
    private Profile() {
    }

    public static void main(String[] args) {
        String size = args.length > 0 ? args[0] : "unit-month";
        int seconds = Integer.parseInt(args.length > 1 ? args[1] : "20");
        FactGenerator gen = new FactGenerator();
        FactSet facts = FactGenerator.toFactSet(switch (size) {
            case "one" -> gen.oneRequest();
            case "district" -> gen.districtMonth(200);
            default -> gen.unitMonth(0);
        });
        Rulebook book = Rulebook.load();
        EvaluationOptions options = EvaluationOptions.everything();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() < end) {
            book.evaluate(facts, FactGenerator.AS_OF, options);
            n++;
            if (n % 1000 == 0) {
                System.out.printf("%d evaluations, %.0f/s%n", n, n / ((System.nanoTime() - t0) / 1e9));
            }
        }
        System.out.printf("%d evaluations in %d s: %.1f/s%n", n, seconds, n / ((System.nanoTime() - t0) / 1e9));
    }
}
