package org.zwgk.rules.engine;

import org.zwgk.rules.facts.Disclosure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Neutral questions about a standing disclosure a plan names (规划、负面清单、权责清单、预决算、债务信息 …): the day its
 * current information went public, and which required items it does not cover. The rules name the kind and judge.
 */
public final class DisclosureChecks {
    private DisclosureChecks() {
    }

    /**
     * The day the disclosure's current information went public: its publication when no change is recorded;
     * otherwise the first publication or update on or after the change, or {@code null} if there is none yet.
     */
    public static LocalDate currentSince(Disclosure d) {
        LocalDate changed = d.getChangedOn();
        LocalDate published = d.getPublishedOn();
        if (changed == null) {
            return published;
        }
        if (published != null && !published.isBefore(changed)) {
            return published;
        }
        LocalDate updated = d.getUpdatedOn();
        return updated != null && !updated.isBefore(changed) ? updated : null;
    }

    /** The required items (a source parameter: a list of names) the disclosure does not cover, in the order given. */
    public static List<String> missingItems(Disclosure d, Collection<?> required) {
        return required.stream().map(String::valueOf).filter(n -> !d.getItems().contains(n)).toList();
    }
}
