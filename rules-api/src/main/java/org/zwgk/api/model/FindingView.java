package org.zwgk.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zwgk.rules.Finding;
import org.zwgk.rules.Status;

import java.time.LocalDate;
import java.util.Map;

/** A finding as the library returns it. */
@Schema(name = "Finding", description = "One rule's result about one subject, with the clause it implements.")
public record FindingView(
        @Schema(description = "Catalogue id", example = "OGI-33") String ruleId,
        @Schema(description = "The DRL rule that produced it", example = "OGI-33 逾期答复") String ruleName,
        @Schema(description = "Source code", example = "OGI") String source,
        @Schema(description = "Source document's title", example = "《中华人民共和国政府信息公开条例》（国务院令第711号，2019年4月3日修订）") String document,
        @Schema(description = "Clause the rule implements", example = "第三十三条第二款") String clause,
        @Schema(description = "Kind of subject", example = "request") String subjectKind,
        @Schema(description = "Subject's id in the fact set", example = "r1") String subjectId,
        @Schema(description = "Id of the unit the subject belongs to", example = "u1") String unit,
        @Schema(description = "What the rule found") Status status,
        @Schema(description = "Due date where the duty has one (ISO)", example = "2024-03-08") LocalDate dueDate,
        @Schema(description = "Short message in Chinese", example = "逾期1个工作日答复") String message,
        @Schema(description = "How the result was reached, in order", example = "{\"答复日\": \"2024-03-11\"}") Map<String, String> details) {

    public static FindingView of(Finding f) {
        return new FindingView(f.ruleId(), f.ruleName(), f.source(), f.document(), f.clause(), f.subjectKind(),
                f.subjectId(), f.unit(), f.status(), f.dueDate(), f.message(), f.details());
    }
}
