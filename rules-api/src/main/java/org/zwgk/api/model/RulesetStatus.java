package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The live rule set, where it comes from, how the directory is watched, and the last reload attempts.
 *
 * @param version     content hash of the live rule set (null if none is loaded)
 * @param loadedAt    when it was loaded
 * @param origin      where it was loaded from
 * @param rulesDir    the configured rule directory ({@code zwgk.rules.dir}), or null for the built-in rules
 * @param watch       how changes to the directory are noticed
 * @param lastAttempt the latest attempt (null before the first)
 * @param history     the latest attempts, newest first
 */
@Schema(name = "RulesetStatus", description = "The live rule set and the latest reload attempts, refusals with their errors and failed cases.")
public record RulesetStatus(
        @Schema(example = "a22cea61137d") String version,
        @Schema(example = "2026-03-13T02:10:00Z") Instant loadedAt,
        @Schema(example = "/srv/zwgk/drl") String origin,
        @Schema(example = "/srv/zwgk/drl") String rulesDir,
        Watch watch,
        ReloadAttempt lastAttempt,
        List<ReloadAttempt> history) {

    /**
     * @param mode          {@code watch-service} (file-system events), {@code polling}, or {@code off}
     * @param quietPeriodMs how long the directory must be still before a change is checked
     * @param pollIntervalMs the polling interval (polling mode only)
     */
    @Schema(name = "RulesetWatch", description = "How the rule directory is watched.")
    public record Watch(
            @Schema(example = "watch-service", enumeration = {"watch-service", "polling", "off"}) String mode,
            @Schema(example = "500") long quietPeriodMs,
            @Schema(example = "2000") Long pollIntervalMs) {
    }
}
