package org.zwgk.api.decision;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Who is calling, for the decision log: the name of the token the request carries ({@code admin-token-1},
 * {@code caller-token-2}: the kind and position of the entry in the configuration, never the token or its hash), or
 * {@code anonymous} for a request without a token, or with one the service does not know (an open endpoint ignores it).
 */
@ApplicationScoped
public class Caller {
    public static final String ANONYMOUS = "anonymous";

    @Inject
    CurrentIdentityAssociation identity;

    /** The current request's caller. Must run on the request's worker thread (it may verify the token). */
    public String name() {
        SecurityIdentity id = identity.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .await().atMost(Duration.ofSeconds(10));
        return id == null || id.isAnonymous() || id.getPrincipal() == null ? ANONYMOUS : id.getPrincipal().getName();
    }
}
