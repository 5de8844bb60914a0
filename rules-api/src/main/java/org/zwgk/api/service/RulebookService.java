package org.zwgk.api.service;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zwgk.api.decision.RuleArchive;
import org.zwgk.api.error.ApiException;
import org.zwgk.api.model.CheckReport;
import org.zwgk.api.model.ReloadAttempt;
import org.zwgk.api.reload.RuleSetChecker;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the rule set the service answers with. With {@code zwgk.rules.dir} unset it loads the default rules inside
 * the rules-core jar; otherwise the rule directory named there, which it checks before every swap: the tree must
 * compile (calendar, sources, lint, DRL) and every example case beside the rules must pass. A tree that fails leaves
 * the last good rule set live; at startup it leaves the service unready (readiness DOWN, 503 on the rule endpoints)
 * rather than answering with rules whose cases fail.
 *
 * <p>The swap is one write of an {@link AtomicReference}: a request reads the reference once and finishes on the rule
 * set it read. Checks run one at a time: the watcher's on a single background worker, a requested one on the
 * caller's thread, both under the same lock.
 */
@Startup
@ApplicationScoped
public class RulebookService {
    private static final Logger LOG = Logger.getLogger(RulebookService.class);
    static final String CLASSPATH_ORIGIN = "classpath:zwgk/drl (rules-core)";

    private final AtomicReference<Loaded> current = new AtomicReference<>();
    private final Deque<ReloadAttempt> history = new ArrayDeque<>();
    private final Object checkLock = new Object();
    private final AtomicBoolean queued = new AtomicBoolean();
    private ExecutorService worker;

    @ConfigProperty(name = "zwgk.rules.dir")
    Optional<Path> rulesDir;

    @Inject
    RuleArchive archive;

    /** How many reload attempts the status endpoint keeps. */
    @ConfigProperty(name = "zwgk.rules.reload.history", defaultValue = "20")
    int historySize;

    /** A loaded rule set and where it came from. */
    public record Loaded(Rulebook rulebook, String origin) {
    }

    @PostConstruct
    void start() {
        ClassLoader appLoader = Thread.currentThread().getContextClassLoader();
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zwgk-rules-reload");
            t.setDaemon(true);
            // Drools compiles against the fact model: the worker needs the application's class loader.
            t.setContextClassLoader(appLoader);
            return t;
        });
        if (rulesDir.isPresent()) {
            check("startup");
        } else {
            loadBuiltIn();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void loadBuiltIn() {
        long t0 = System.nanoTime();
        try {
            BuiltInRules.Warmed warmed = BuiltInRules.take();
            Rulebook book = warmed.rulebook();
            current.set(new Loaded(book, CLASSPATH_ORIGIN));
            archive.keep(book);
            CheckReport report = new CheckReport(true, book.version(), book.ruleCount(), 0, book.warnings().size(),
                    book.warnings().stream().map(p -> new CheckReport.RuleProblem(p.file(), p.line(), p.column(), "warning",
                            p.message())).toList(), null);
            record(new ReloadAttempt(Instant.now(), "startup", ReloadAttempt.LOADED, "built-in rules (their cases run in the build)",
                    book.version(), warmed.loadMillis() + warmed.warmUpMillis(), report));
            LOG.infof("rule set %s loaded from %s: %d rules, %d duties, calendar %s (loaded in %d ms, warmed up by %d example"
                            + " cases in %d ms)", book.version(), CLASSPATH_ORIGIN, book.ruleCount(), book.catalogue().size(),
                    book.calendar().coveredYears(), warmed.loadMillis(), warmed.warmUpCases(), warmed.warmUpMillis());
        } catch (RulebookLoadException e) {
            List<CheckReport.RuleProblem> problems = e.problems().stream()
                    .map(p -> new CheckReport.RuleProblem(p.file(), p.line(), p.column(), "error", p.message())).toList();
            CheckReport report = new CheckReport(false, null, null, problems.size(), 0, problems, null);
            record(new ReloadAttempt(Instant.now(), "startup", ReloadAttempt.REFUSED, report.summary(), null, millisSince(t0), report));
            LOG.errorf("the built-in rule set does not load:%n%s", e.getMessage());
        }
    }

    /**
     * Checks the rule directory now (compile, lint, every example case) and, if all is well, makes it live.
     *
     * @param trigger what asked for it: {@code startup}, {@code watch} or {@code request}
     * @return the attempt, as the status endpoint shows it
     * @throws ApiException 409 when no rule directory is configured
     */
    public ReloadAttempt check(String trigger) {
        Path dir = rulesDir.orElseThrow(() -> new ApiException(409, "no_rules_dir", "No rule directory",
                "the service answers with its built-in rules: set zwgk.rules.dir to a rule directory to reload from it", List.of()));
        synchronized (checkLock) {
            long t0 = System.nanoTime();
            String origin = dir.toAbsolutePath().toString();
            RuleSetChecker.Checked checked;
            try {
                checked = RuleSetChecker.check(dir, true);
            } catch (RuntimeException e) {
                // an unreadable directory, say: refused like any other fault
                CheckReport report = new CheckReport(false, null, null, 1, 0, List.of(new CheckReport.RuleProblem("", 0, 0,
                        "error", String.valueOf(e.getMessage()))), null);
                checked = new RuleSetChecker.Checked(null, report);
            }
            CheckReport report = checked.report();
            Loaded live = current.get();
            ReloadAttempt attempt;
            if (report.valid()) {
                Rulebook book = checked.rulebook();
                if (live != null && live.rulebook().version().equals(book.version()) && live.origin().equals(origin)) {
                    attempt = new ReloadAttempt(Instant.now(), trigger, ReloadAttempt.UNCHANGED,
                            "same content as the live rule set; " + report.summary(), live.rulebook().version(), millisSince(t0), report);
                    LOG.infof("rule set at %s unchanged (version %s): %s", origin, book.version(), report.summary());
                } else {
                    current.set(new Loaded(book, origin));
                    archive.keep(book);
                    attempt = new ReloadAttempt(Instant.now(), trigger, ReloadAttempt.LOADED, report.summary(), book.version(),
                            millisSince(t0), report);
                    LOG.infof("rule set %s loaded from %s (%s, was %s): %d rules, %d duties, calendar %s; %s", book.version(), origin,
                            trigger, live == null ? "none" : live.rulebook().version(), book.ruleCount(), book.catalogue().size(),
                            book.calendar().coveredYears(), report.summary());
                }
            } else {
                String keeps = live == null ? "no rule set is live: the service is not ready"
                        : "still serving " + live.rulebook().version();
                attempt = new ReloadAttempt(Instant.now(), trigger, ReloadAttempt.REFUSED, report.summary(),
                        live == null ? null : live.rulebook().version(), millisSince(t0), report);
                LOG.warnf("rule set at %s refused (%s); %s:%n%s", origin, trigger, keeps, details(report));
            }
            record(attempt);
            return attempt;
        }
    }

    /**
     * Queues a check on the background worker (one at a time; a check already queued covers later changes).
     */
    public void checkInBackground(String trigger) {
        if (rulesDir.isEmpty() || !queued.compareAndSet(false, true)) {
            return;
        }
        worker.execute(() -> {
            queued.set(false);
            try {
                check(trigger);
            } catch (RuntimeException e) {
                LOG.error("the rule directory check failed unexpectedly", e);
            }
        });
    }

    private static String details(CheckReport report) {
        StringBuilder sb = new StringBuilder();
        for (CheckReport.RuleProblem p : report.problems()) {
            sb.append("  ").append(p.location()).append(": ").append(p.severity()).append(": ").append(p.message()).append('\n');
        }
        if (report.cases() != null) {
            if (report.cases().error() != null) {
                sb.append("  the example cases cannot be read: ").append(report.cases().error()).append('\n');
            }
            for (CheckReport.FailedCase f : report.cases().failures()) {
                sb.append("  FAIL ").append(f.file()).append(" › ").append(f.name()).append('\n');
                f.diff().lines().skip(1).forEach(l -> sb.append("  ").append(l).append('\n'));
            }
            sb.append("  ").append(report.cases().passed()).append(" passed, ").append(report.cases().failed()).append(" failed");
        }
        return sb.toString().stripTrailing();
    }

    private void record(ReloadAttempt attempt) {
        synchronized (history) {
            history.addFirst(attempt);
            while (history.size() > Math.max(1, historySize)) {
                history.removeLast();
            }
        }
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** The current rule set. */
    public Rulebook rulebook() {
        Loaded l = current.get();
        if (l == null) {
            throw new ApiException(503, "rules_not_loaded", "Rules not loaded",
                    "the rule set is not loaded: " + String.join("; ", lastProblems()), List.of());
        }
        return l.rulebook();
    }

    /** The current rule set and its origin, if one is loaded. */
    public Optional<Loaded> loaded() {
        return Optional.ofNullable(current.get());
    }

    /** The configured rule directory, if any. */
    public Optional<Path> rulesDir() {
        return rulesDir;
    }

    /** The latest attempts, newest first. */
    public List<ReloadAttempt> history() {
        synchronized (history) {
            return new ArrayList<>(history);
        }
    }

    /** Why the last attempt was refused (empty if it was not). */
    public List<String> lastProblems() {
        List<ReloadAttempt> h = history();
        if (h.isEmpty() || !ReloadAttempt.REFUSED.equals(h.get(0).outcome())) {
            return List.of();
        }
        return List.of(h.get(0).reason());
    }
}
