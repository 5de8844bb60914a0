package org.zwgk.api.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.zwgk.rules.Limits;

import java.time.Duration;

/**
 * The service's limits ({@code zwgk.limits.*}); each breach is answered with a problem naming the key and its value.
 * The body size is Quarkus' own {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "zwgk.limits")
public interface LimitsConfig {
    String PREFIX = "zwgk.limits.";

    /** Facts (units, requests, documents, … together) in one fact set. */
    @WithDefault("50000")
    int maxFacts();

    /** Rule firings in one evaluation; more means a rule is looping (rule_runaway). */
    @WithDefault("200000")
    int maxFirings();

    /** Time one evaluation may spend firing rules (rule_runaway when it runs out). */
    @WithDefault("10S")
    Duration timeBudget();

    /** Nesting of JSON arrays and objects in a body or an NDJSON line. */
    @WithDefault("64")
    int maxNestingDepth();

    /** Characters in one JSON string value. */
    @WithDefault("1000000")
    int maxStringLength();

    /** Fact sets in one JSON bulk call. */
    @WithDefault("10000")
    int maxBulkItems();

    /** Non-blank lines in one NDJSON bulk call. */
    @WithDefault("100000")
    int maxStreamLines();

    /** The library's limits for each evaluation. */
    default Limits evaluation() {
        return new Limits(maxFirings(), timeBudget(), maxFacts());
    }
}
