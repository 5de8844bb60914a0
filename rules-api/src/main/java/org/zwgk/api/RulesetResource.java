package org.zwgk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
            schema = @Schema(implementation = RulesetInfo.class)))
    public RulesetInfo ruleset() {
        Rulebook book = rules.rulebook();
        String origin = rules.loaded().map(RulebookService.Loaded::origin).orElse(null);
        return new RulesetInfo(book.version(), book.loadedAt(), origin, book.ruleCount(), book.catalogue().size(),
                List.copyOf(book.calendar().coveredYears()),
                book.sources().values().stream().map(RulesetInfo.SourceView::of).toList());
    }
}
