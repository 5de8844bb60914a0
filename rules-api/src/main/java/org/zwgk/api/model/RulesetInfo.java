package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The loaded rule set. */
@Schema(name = "Ruleset", description = "The rule set the service answers with.")
public record RulesetInfo(
        @Schema(description = "Content hash of the rule files", example = "3f2a9c0d1e4b") String version,
        @Schema(description = "When it was loaded", example = "2026-01-05T08:00:00Z") Instant loadedAt,
        @Schema(description = "Where it was loaded from", example = "classpath:zwgk/drl (rules-core)") String origin,
        @Schema(description = "DRL rules", example = "24") int ruleCount,
        @Schema(description = "Catalogue entries", example = "6") int dutyCount,
        @Schema(description = "Years the working-day calendar covers", example = "[2021, 2022, 2023, 2024, 2025, 2026]") List<Integer> calendarYears,
        @Schema(description = "The sources with their parameters") List<SourceView> sources) {

    @Schema(name = "Source", description = "A source of duties and the numbers it sets.")
    public record SourceView(
            @Schema(example = "OGI") String code,
            @Schema(example = "《中华人民共和国政府信息公开条例》（国务院令第711号，2019年4月3日修订）") String document,
            @Schema(example = "国务院，2019-04-03 公布，2019-05-15 施行") String issuer,
            @Schema(example = "000000") String jurisdiction,
            @Schema(example = "全国") String jurisdictionName,
            @Schema(example = "2019-05-15") LocalDate validFrom,
            LocalDate validTo,
            @Schema(description = "The day it binds from (a plan's issue date): duties due before it are not judged", example = "2026-01-05") LocalDate bindsFrom,
            @Schema(description = "Parameters by name") Map<String, ParameterView> parameters,
            @Schema(description = "Ids of its duties", example = "[\"OGI-30\", \"OGI-33\"]") List<String> duties) {

        public static SourceView of(Source s) {
            Map<String, ParameterView> params = new LinkedHashMap<>();
            s.parameters().forEach((k, v) -> params.put(k, ParameterView.of(v)));
            return new SourceView(s.code(), s.document(), s.issuer(), s.jurisdiction(), s.jurisdictionName(), s.validFrom(),
                    s.validTo(), s.bindingFrom(), params, s.duties().stream().map(Source.Duty::id).toList());
        }
    }
}
