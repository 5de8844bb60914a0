package org.zwgk.api.decision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * The decision log ({@code zwgk.decision-log.*}): one JSON line per evaluation, single, bulk line or deadline, in the
 * log category {@value DecisionLog#CATEGORY}. Where the lines go, and how the file rotates, is the log handler's
 * configuration ({@code quarkus.log.handler.file."decisions".*} in application.properties).
 */
@ConfigMapping(prefix = "zwgk.decision-log")
public interface DecisionLogConfig {
    /** Write a line for every evaluation. Off by default. */
    @WithDefault("false")
    boolean enabled();

    /**
     * Personal fields whose values are replaced by pseudonyms in the logged facts: a field name wherever it appears
     * ({@code applicant}), or {@code parent.field} for the field inside objects of the list or object {@code parent}
     * ({@code consultations.name}). The defaults are every personal field of the fact model: the requester's name, the
     * unit's contact person, the name of a consulted third party, the free text of a request.
     */
    @WithDefault("applicant,contactPerson,consultations.name,content")
    List<String> maskedFields();
}
