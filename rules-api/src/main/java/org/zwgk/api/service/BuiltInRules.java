package org.zwgk.api.service;

import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;
import org.zwgk.rules.cases.ExampleCases;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The built-in rule set, loaded and warmed up. {@link #preload()} (called by {@link org.zwgk.api.Main} before Quarkus
 * starts) does it on a thread of its own, so that it runs beside Quarkus' own start on a second core instead of after
 * it; {@link #take()} waits for that result, or does the work itself where nothing preloaded (tests, dev mode).
 *
 * <p>Warming up evaluates the first example case of each cases file. It must happen while the service starts: once
 * started, Quarkus' class loader keeps only a few jar files open, so an evaluation that first loads the engine's
 * classes from many jars afterwards reopens them again and again (the first evaluation took 1–4 s that way).
 */
public final class BuiltInRules {
    /** Set when a rule directory replaces the built-in rules: nothing to preload then. */
    private static final String RULES_DIR_PROPERTY = "zwgk.rules.dir";
    private static final String RULES_DIR_ENV = "ZWGK_RULES_DIR";

    private static volatile CompletableFuture<Warmed> preloaded;

    /** The rule set, what loading it took and what warming it up took. */
    public record Warmed(Rulebook rulebook, long loadMillis, int warmUpCases, long warmUpMillis) {
    }

    private BuiltInRules() {
    }

    /**
     * Starts loading the built-in rules on a daemon thread, unless a rule directory is configured by system property or
     * environment (a directory named only in application.properties is loaded by the service as usual; the preloaded
     * rules are then not used).
     */
    public static void preload() {
        if (System.getProperty(RULES_DIR_PROPERTY) != null || System.getenv(RULES_DIR_ENV) != null) {
            return;
        }
        CompletableFuture<Warmed> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(loadAndWarm());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "zwgk-rules-preload");
        t.setDaemon(true);
        // Drools resolves the fact model through the application's class loader
        t.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        t.start();
        preloaded = f;
    }

    /**
     * The built-in rules, warmed up: the preloaded ones if {@link #preload()} ran, else loaded now.
     *
     * @throws RulebookLoadException when the built-in rules do not load
     */
    static Warmed take() {
        CompletableFuture<Warmed> f = preloaded;
        preloaded = null;
        if (f == null) {
            return loadAndWarm();
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static Warmed loadAndWarm() {
        long t0 = System.nanoTime();
        Rulebook book = Rulebook.load();
        long t1 = System.nanoTime();
        int cases = ExampleCases.warmUp(book, ExampleCases.readDefault());
        long t2 = System.nanoTime();
        return new Warmed(book, TimeUnit.NANOSECONDS.toMillis(t1 - t0), cases, TimeUnit.NANOSECONDS.toMillis(t2 - t1));
    }
}
