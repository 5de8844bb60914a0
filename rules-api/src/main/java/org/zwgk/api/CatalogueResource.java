package org.zwgk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zwgk.api.error.ApiException;
import org.zwgk.api.error.Problem;
import org.zwgk.api.model.CatalogueView;
import org.zwgk.api.model.Examples;
import org.zwgk.api.service.Inputs;
import org.zwgk.api.service.RulebookService;
import org.zwgk.rules.CatalogueEntry;
import org.zwgk.rules.Rulebook;

import java.time.LocalDate;
import java.util.List;

/** The catalogue of duties, each with its citation and its source's numbers. */
@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue", description = "Every duty of every source, checked (RULE) or guidance")
public class CatalogueResource {
    @Inject
    RulebookService rules;

    @GET
    @Operation(summary = "List duties", description = "All duties, or those binding a unit in the given GB/T 2260 area (its own "
            + "and its parents' sources, and the national ones) in force at some time in the given year, of the given kind.")
    @APIResponse(responseCode = "200", description = "The matching duties", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CatalogueView.Listing.class)))
    @APIResponse(responseCode = "400", description = "A bad filter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public CatalogueView.Listing list(
            @Parameter(description = "GB/T 2260 code of the unit's area", example = "211302") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Year the duty must be in force in", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "RULE or GUIDANCE", example = "RULE") @QueryParam("kind") String kind,
            @Parameter(description = "Source code", example = "OGI") @QueryParam("source") String source) {
        String area = Inputs.division("jurisdiction", jurisdiction);
        Integer y = Inputs.integer("year", year, 1949, 9999);
        CatalogueEntry.Kind k = Inputs.enumValue("kind", kind, CatalogueEntry.Kind.class);
        Rulebook book = rules.rulebook();
        List<CatalogueView.Entry> entries = book.catalogue().stream()
                .filter(e -> area == null || Inputs.within(area, e.jurisdiction()))
                .filter(e -> y == null || (!e.validFrom().isAfter(LocalDate.of(y, 12, 31))
                        && (e.validTo() == null || !e.validTo().isBefore(LocalDate.of(y, 1, 1)))))
                .filter(e -> k == null || e.kind() == k)
                .filter(e -> source == null || source.isBlank() || e.source().equals(source.strip()))
                .map(e -> CatalogueView.Entry.of(e, book.sources().get(e.source())))
                .toList();
        return new CatalogueView.Listing(book.version(), entries.size(), entries);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One duty", description = "A duty by its id, e.g. OGI-33.")
    @APIResponse(responseCode = "200", description = "The duty", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CatalogueView.Entry.class)))
    @APIResponse(responseCode = "404", description = "No duty with that id", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = Examples.PROBLEM_UNKNOWN_RULE)))
    public CatalogueView.Entry one(@Parameter(description = "Duty id", example = "OGI-33") @PathParam("id") String id) {
        Rulebook book = rules.rulebook();
        CatalogueEntry e = book.duty(id).orElseThrow(() -> ApiException.unknownRule(id));
        return CatalogueView.Entry.of(e, book.sources().get(e.source()));
    }
}
