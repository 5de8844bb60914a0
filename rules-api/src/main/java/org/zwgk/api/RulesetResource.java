package org.zwgk.api;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.CheckReport;
import org.zwgk.api.model.ReloadAttempt;
import org.zwgk.api.model.RulesetInfo;
import org.zwgk.api.model.RulesetStatus;
import org.zwgk.api.model.ValidationRequest;
import org.zwgk.api.reload.RulesWatcher;
import org.zwgk.api.reload.ValidationService;
import org.zwgk.api.security.Roles;
import org.zwgk.api.service.RulebookService;
import org.zwgk.rules.Rulebook;

import java.util.List;

/**
 * The rule set the service answers with (public), and its administration (a token with a role): the reload status,
 * a reload now, and the check of rule files before they are published.
 */
@Path("/api/v1/ruleset")
@Tag(name = "ruleset", description = "Which rules are loaded; reload and validate them (token required)")
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token the operator configured in zwgk.security.admin-tokens (reload, validate, status) or "
                + "zwgk.security.viewer-tokens (status). Also accepted as the X-API-Key header.")
public class RulesetResource {
    @Inject
    RulebookService rules;

    @Inject
    RulesWatcher watcher;

    @Inject
    ValidationService validation;

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

    @GET
    @Path("/status")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @SecurityRequirement(name = "token")
    @Operation(summary = "The live rule set and the latest reload attempts (role rules-viewer)",
            description = "The live version (content hash), load time and origin, the rule directory and how it is watched, and "
                    + "the latest attempts to load it, newest first (zwgk.rules.reload.history of them): when, what triggered it, "
                    + "the outcome (loaded, unchanged, refused) and for a refusal the compile errors (file, line, column, "
                    + "message) and the failed example cases with their diffs.")
    @APIResponse(responseCode = "200", description = "The status", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RulesetStatus.class)))
    @APIResponse(responseCode = "401", description = "No token, or an unknown one", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the role rules-viewer", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RulesetStatus status() {
        List<ReloadAttempt> history = rules.history();
        RulebookService.Loaded live = rules.loaded().orElse(null);
        return new RulesetStatus(live == null ? null : live.rulebook().version(), live == null ? null : live.rulebook().loadedAt(),
                live == null ? null : live.origin(), rules.rulesDir().map(p -> p.toAbsolutePath().toString()).orElse(null),
                watcher.describe(), history.isEmpty() ? null : history.get(0), history);
    }

    @POST
    @Path("/reload")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Blocking
    @SecurityRequirement(name = "token")
    @Operation(summary = "Check the rule directory now and swap it in if it is good (role rules-admin)",
            description = "The same check the watcher makes after a change: compile and lint the rule directory, run every "
                    + "example case; only if it compiles and every case passes does it become live. Answers when the check is "
                    + "done, with the attempt: outcome loaded, unchanged (same content as the live rule set) or refused (the "
                    + "last good rule set stays live; the errors and failed cases say why). 200 whatever the outcome.")
    @APIResponse(responseCode = "200", description = "The attempt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReloadAttempt.class)))
    @APIResponse(responseCode = "401", description = "No token, or an unknown one", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the role rules-admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No rule directory is configured (zwgk.rules.dir): the built-in rules cannot "
            + "change", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReloadAttempt reload() {
        return rules.check("request");
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Blocking
    @SecurityRequirement(name = "token")
    @Operation(summary = "Check rule files without publishing them (role rules-admin)",
            description = "Lays the posted files over a copy of the rule directory as it is on disk (the built-in rules when "
                    + "none is configured), adds the posted example cases, then compiles, lints and runs every example case of "
                    + "the copy, as `rules validate` and `rules test` do. The live rules are never touched; the copy is deleted. "
                    + "A file with content null is removed from the copy. The answer is 200 with valid true or false: an invalid "
                    + "rule set is a finding, not a failed request; 400 is kept for a malformed request (a path outside the "
                    + "tree, say).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidationRequest.class),
            examples = @ExampleObject(name = "a changed parameter", value = "{\"files\": [{\"path\": "
                    + "\"liaoning/shuangta/sht26/probe.drl\", \"content\": \"package liaoning.shuangta.sht26;\\nrule \\\"x\\\" when then end\"}]}")))
    @APIResponse(responseCode = "200", description = "The report (valid true or false)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckReport.class)))
    @APIResponse(responseCode = "400", description = "A malformed request: a path that is not a rule file inside the tree, "
            + "a case that is not an object, nothing posted", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No token, or an unknown one", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the role rules-admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckReport validate(ValidationRequest body) {
        return validation.validate(body);
    }
}
