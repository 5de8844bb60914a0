package org.zwgk.api.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a bearer token or API key into an identity with roles, from the tokens the operator configured:
 * {@code zwgk.security.admin-tokens} (rules-admin, rules-viewer, rules-caller), {@code zwgk.security.viewer-tokens}
 * (rules-viewer, rules-caller) and {@code zwgk.security.caller-tokens} (rules-caller). Each entry is either
 * {@code sha256:<64 hex digits>}, the SHA-256 of the token (so the configuration need not hold the token itself), or
 * the token itself. There is no default token: with none configured, every token is refused (401).
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(TokenIdentityProvider.class);
    /** Shorter tokens are refused in configuration: they can be guessed. */
    static final int MIN_TOKEN_LENGTH = 16;

    @ConfigProperty(name = "zwgk.security.admin-tokens")
    Optional<List<String>> adminTokens;

    @ConfigProperty(name = "zwgk.security.viewer-tokens")
    Optional<List<String>> viewerTokens;

    @ConfigProperty(name = "zwgk.security.caller-tokens")
    Optional<List<String>> callerTokens;

    private record Known(byte[] sha256, String name, Set<String> roles) {
    }

    private final List<Known> known = new ArrayList<>();

    @PostConstruct
    void read() {
        add(adminTokens, "admin", Set.of(Roles.ADMIN, Roles.VIEWER, Roles.CALLER));
        add(viewerTokens, "viewer", Set.of(Roles.VIEWER, Roles.CALLER));
        add(callerTokens, "caller", Set.of(Roles.CALLER));
    }

    void onStart(@Observes StartupEvent ev) {
        if (known.stream().noneMatch(k -> k.roles().contains(Roles.ADMIN))) {
            LOG.warn("no admin token configured (zwgk.security.admin-tokens): reload and validate answer 401 to every caller");
        }
    }

    private void add(Optional<List<String>> entries, String kind, Set<String> roles) {
        List<String> list = entries.orElse(List.of());
        for (int i = 0; i < list.size(); i++) {
            String e = list.get(i).trim();
            if (e.isEmpty()) {
                continue;
            }
            byte[] hash;
            if (e.toLowerCase(Locale.ROOT).startsWith("sha256:")) {
                String hex = e.substring("sha256:".length());
                if (!hex.matches("[0-9a-fA-F]{64}")) {
                    throw new IllegalStateException("zwgk.security." + kind + "-tokens[" + i + "]: sha256: must be followed by 64 hex digits");
                }
                hash = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
            } else {
                if (e.length() < MIN_TOKEN_LENGTH) {
                    throw new IllegalStateException("zwgk.security." + kind + "-tokens[" + i + "]: a token needs at least "
                            + MIN_TOKEN_LENGTH + " characters");
                }
                hash = sha256(e);
            }
            known.add(new Known(hash, kind + "-token-" + (i + 1), roles));
        }
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        byte[] presented = sha256(request.getToken().getToken());
        Known match = null;
        for (Known k : known) {
            // compare with every entry, in constant time, whatever matches first
            if (MessageDigest.isEqual(k.sha256(), presented) && match == null) {
                match = k;
            }
        }
        if (match == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown token"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(match.name()))
                .addRoles(match.roles())
                .addCredential(request.getToken())
                .build());
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
