package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One attempt to load the rule directory: at startup, after a change the watcher saw, or on request.
 *
 * @param at          when the attempt finished
 * @param trigger     {@code startup}, {@code watch} or {@code request}
 * @param outcome     {@code loaded} (now live), {@code unchanged} (valid, same content as the live rule set, which stays),
 *                    or {@code refused} (does not compile, or a case failed: the last good rule set stays live)
 * @param reason      one line: why it was refused, or what was checked
 * @param liveVersion the version live after the attempt (null if none is)
 * @param durationMs  how long the check took
 * @param report      compile errors and warnings with file, line and column; the cases run and each failure with its diff
 */
@Schema(name = "ReloadAttempt", description = "One attempt to load the rule directory and its outcome.")
public record ReloadAttempt(
        @Schema(example = "2026-03-13T02:15:07.412Z") Instant at,
        @Schema(example = "watch", enumeration = {"startup", "watch", "request"}) String trigger,
        @Schema(example = "refused", enumeration = {"loaded", "unchanged", "refused"}) String outcome,
        @Schema(example = "1 error: liaoning/shuangta/sht26/newmedia.drl:120:5") String reason,
        @Schema(example = "a22cea61137d") String liveVersion,
        @Schema(example = "2310") long durationMs,
        CheckReport report) {

    public static final String LOADED = "loaded";
    public static final String UNCHANGED = "unchanged";
    public static final String REFUSED = "refused";
}
