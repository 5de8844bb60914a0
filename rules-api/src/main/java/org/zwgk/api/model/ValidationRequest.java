package org.zwgk.api.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Rule files to check on top of the live rule directory, without touching it.
 *
 * @param files    files to add or replace (content) or remove (content null), by path relative to the rule directory
 * @param cases    extra example cases, each in the shape of a {@code *.cases.yaml} entry (name, asOf, rules, facts, expect)
 * @param runCases whether to run the example cases (default true); false only compiles and lints
 */
@Schema(name = "ValidationRequest", description = "Rule files (DRL, source.yaml, calendar, cases) laid over a copy of the live rule "
        + "directory, and optional extra example cases.")
public record ValidationRequest(
        List<PostedFile> files,
        @Schema(description = "Extra example cases in the shape of a *.cases.yaml entry") List<JsonNode> cases,
        @Schema(description = "Run the example cases (default true)", example = "true") Boolean runCases) {

    /**
     * @param path    relative path with '/' separators, ending in .drl or .yaml
     * @param content the file's text; null removes the file from the copy
     */
    @Schema(name = "PostedFile", description = "A rule file: its path in the rule directory and its text (null removes it).")
    public record PostedFile(
            @Schema(example = "liaoning/shuangta/sht26/newmedia.drl") String path,
            @Schema(example = "package liaoning.shuangta.sht26;\n…") String content) {
    }
}
