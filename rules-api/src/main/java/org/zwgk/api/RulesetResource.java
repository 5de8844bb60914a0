package org.zwgk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zwgk.api.model.RulesetInfo;
import org.zwgk.api.service.RulebookService;
import org.zwgk.rules.Rulebook;

import java.util.List;

/** The rule set the service answers with. */
@Path("/api/v1/ruleset")
@Tag(name = "ruleset", description = "Which rules are loaded")
public class RulesetResource {
    @Inject
    RulebookService rules;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The loaded rule set", description = "Its version (content hash), load time, origin, rule and duty "
            + "counts, calendar years, and every source with its parameters (values and clauses).")
    @APIResponse(responseCode = "200", description = "The rule set", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RulesetInfo.class), examples = @ExampleObject(name = "default rule set", value =
            "{\"version\": \"b21b2e02a7da\", \"loadedAt\": \"2026-01-05T08:00:00Z\", \"origin\": \"classpath:zwgk/drl (rules-core)\", "
                    + "\"ruleCount\": 20, \"dutyCount\": 6, \"calendarYears\": [2021, 2022, 2023, 2024, 2025, 2026], \"sources\": [{"
                    + "\"code\": \"OGI\", \"document\": \"《中华人民共和国政府信息公开条例》（国务院令第711号，2019年4月3日修订）\", "
                    + "\"issuer\": \"国务院，2019-04-03 公布，2019-05-15 施行\", \"jurisdiction\": \"000000\", \"jurisdictionName\": \"全国\", "
                    + "\"validFrom\": \"2019-05-15\", \"validTo\": null, \"parameters\": {\"answer-working-days\": {\"value\": 20, "
                    + "\"clause\": \"第三十三条第二款\", \"meaning\": \"不能当场答复的，自收到申请之日起答复期限（工作日）\"}}, "
                    + "\"duties\": [\"OGI-30\", \"OGI-31\", \"OGI-32\", \"OGI-33\", \"OGI-34\", \"OGI-42\"]}]}")))
    public RulesetInfo ruleset() {
        Rulebook book = rules.rulebook();
        String origin = rules.loaded().map(RulebookService.Loaded::origin).orElse(null);
        return new RulesetInfo(book.version(), book.loadedAt(), origin, book.ruleCount(), book.catalogue().size(),
                List.copyOf(book.calendar().coveredYears()),
                book.sources().values().stream().map(RulesetInfo.SourceView::of).toList());
    }
}
