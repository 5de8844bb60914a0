package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.CatalogueEntry;
import org.zwgk.rules.Source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Catalogue entries and their sources' parameters. */
public final class CatalogueView {
    private CatalogueView() {
    }

    @Schema(name = "CatalogueEntry", description = "One duty with its citation, and its source's parameters with values and clauses.")
    public record Entry(
            @Schema(example = "OGI-33") String id,
            @Schema(description = "RULE (checked) or GUIDANCE (no fact a machine can judge)") CatalogueEntry.Kind kind,
            @Schema(example = "OGI") String source,
            @Schema(example = "《中华人民共和国政府信息公开条例》（国务院令第711号，2019年4月3日修订）") String document,
            @Schema(example = "第三十三条") String clause,
            @Schema(description = "What the duty asks, in the source's words") String summary,
            @Schema(description = "GB/T 2260 code the source binds (000000 = whole country)", example = "000000") String jurisdiction,
            @Schema(example = "2019-05-15") LocalDate validFrom,
            @Schema(description = "Last day it binds, null if open-ended") LocalDate validTo,
            @Schema(description = "The day it binds from (a plan's issue date): duties due before it are not judged", example = "2019-05-15") LocalDate bindsFrom,
            @Schema(description = "The DRL rules that check it", example = "[\"OGI-33 逾期答复\"]") List<String> rules,
            @Schema(description = "Names of the source's parameters the duty uses", example = "[\"answer-working-days\"]") List<String> parameters,
            @Schema(description = "Every parameter of the duty's source, by name") Map<String, ParameterView> sourceParameters) {

        public static Entry of(CatalogueEntry e, Source s) {
            Map<String, ParameterView> params = new LinkedHashMap<>();
            if (s != null) {
                s.parameters().forEach((k, v) -> params.put(k, ParameterView.of(v)));
            }
            return new Entry(e.id(), e.kind(), e.source(), e.document(), e.clause(), e.summary(), e.jurisdiction(),
                    e.validFrom(), e.validTo(), e.bindsFrom(), e.rules(), e.parameters(), params);
        }
    }

    @Schema(name = "Catalogue", description = "The duties matching the filters.")
    public record Listing(
            @Schema(example = "3f2a9c0d1e4b") String rulesetVersion,
            @Schema(example = "6") int count,
            List<Entry> entries) {
    }
}
