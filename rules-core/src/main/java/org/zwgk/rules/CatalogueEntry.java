package org.zwgk.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * One duty of the catalogue, with its citation.
 *
 * @param id            the public id, e.g. {@code OGI-33}
 * @param kind          {@code RULE} (checked by rules) or {@code GUIDANCE} (no fact a machine can judge)
 * @param source        the source code, e.g. {@code OGI}
 * @param document      the source document's title
 * @param clause        the clause, e.g. 第三十三条
 * @param summary       what the duty asks, in the source's words
 * @param jurisdiction  the GB/T 2260 code the source binds ({@code 000000} = the whole country)
 * @param validFrom     first day the source binds
 * @param validTo       last day the source binds, or {@code null} if open-ended
 * @param bindsFrom     the day the source binds from (a plan's issue date; else {@code validFrom}): a duty due
 *                      before it is not judged
 * @param rules         the names of the DRL rules that check it
 * @param parameters    the names of the source's parameters the duty uses
 */
public record CatalogueEntry(String id, Kind kind, String source, String document, String clause, String summary,
                             String jurisdiction, LocalDate validFrom, LocalDate validTo, LocalDate bindsFrom, List<String> rules,
                             List<String> parameters) {

    public enum Kind { RULE, GUIDANCE }

    public CatalogueEntry {
        rules = rules == null ? List.of() : List.copyOf(rules);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
