package org.zwgk.api.service;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zwgk.api.error.ApiException;
import org.zwgk.rules.Rulebook;
import org.zwgk.rules.RulebookLoadException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the rule set the service answers with. With {@code zwgk.rules.dir} unset it loads the default rules inside
 * the rules-core jar; otherwise the rule directory named there. A rule set that does not load leaves the service
 * unready (readiness DOWN, 503 on the rule endpoints) rather than answering with no rules.
 */
@Startup
@ApplicationScoped
public class RulebookService {
    private static final Logger LOG = Logger.getLogger(RulebookService.class);

    private final AtomicReference<Loaded> current = new AtomicReference<>();
    private final AtomicReference<List<String>> lastProblems = new AtomicReference<>(List.of());

    @ConfigProperty(name = "zwgk.rules.dir")
    Optional<Path> rulesDir;

    /** A loaded rule set and where it came from. */
    public record Loaded(Rulebook rulebook, String origin) {
    }

    @PostConstruct
    void start() {
        reload();
    }

    /**
     * Loads the configured rule set and, if it loads, makes it current. A rule set that fails leaves the previous
     * one in place.
     *
     * @return whether the new rule set is now current
     */
    public boolean reload() {
        String origin = rulesDir.map(p -> p.toAbsolutePath().toString()).orElse("classpath:zwgk/drl (rules-core)");
        try {
            Rulebook book = rulesDir.map(Rulebook::load).orElseGet(Rulebook::load);
            current.set(new Loaded(book, origin));
            lastProblems.set(List.of());
            LOG.infof("rule set %s loaded from %s: %d rules, %d duties, calendar %s", book.version(), origin,
                    book.ruleCount(), book.catalogue().size(), book.calendar().coveredYears());
            return true;
        } catch (RulebookLoadException e) {
            lastProblems.set(e.problems().stream().map(RulebookLoadException.Problem::toString).toList());
            LOG.errorf("the rule set at %s does not load:%n%s", origin, String.join("\n", lastProblems.get()));
        } catch (RuntimeException e) {
            lastProblems.set(List.of(String.valueOf(e.getMessage())));
            LOG.errorf(e, "the rule set at %s does not load", origin);
        }
        return false;
    }

    /** The current rule set. */
    public Rulebook rulebook() {
        Loaded l = current.get();
        if (l == null) {
            throw new ApiException(503, "rules_not_loaded", "Rules not loaded",
                    "the rule set is not loaded: " + String.join("; ", lastProblems.get()), List.of());
        }
        return l.rulebook();
    }

    /** The current rule set and its origin, if one is loaded. */
    public Optional<Loaded> loaded() {
        return Optional.ofNullable(current.get());
    }

    /** Why the last load failed (empty if it did not). */
    public List<String> lastProblems() {
        return lastProblems.get();
    }
}
