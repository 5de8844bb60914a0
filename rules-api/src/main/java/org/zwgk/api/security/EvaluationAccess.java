package org.zwgk.api.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With {@code zwgk.security.open-evaluation=false}, the evaluation, deadline, working-day, fee, catalogue and public
 * rule-set endpoints need a token with the rules-caller role (every configured token has it). Open by default. The
 * rule-set administration endpoints (status, reload, validate) carry their own role checks either way.
 */
public class EvaluationAccess {
    @ConfigProperty(name = "zwgk.security.open-evaluation", defaultValue = "true")
    boolean openEvaluation;

    @Inject
    CurrentIdentityAssociation identity;

    @ServerRequestFilter
    public Uni<Void> requireCaller(UriInfo uri) {
        if (openEvaluation) {
            return Uni.createFrom().voidItem();
        }
        String path = uri.getPath();
        if (!path.startsWith("/api/") || path.startsWith("/api/v1/ruleset/")) {
            return Uni.createFrom().voidItem();
        }
        return identity.getDeferredIdentity().onItem().transformToUni(id -> {
            if (id.isAnonymous()) {
                return Uni.createFrom().failure(new UnauthorizedException());
            }
            if (!id.hasRole(Roles.CALLER)) {
                return Uni.createFrom().failure(new ForbiddenException());
            }
            return Uni.createFrom().voidItem();
        });
    }
}
