package dev.opsdesk.qa.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Runs before every /api resource method: a token that names no valid tenant is refused (403, the
 * same answer {@link CallerTenant} gives), then the call is counted against the bucket of its
 * tenant and client (the token subject; without a token, the remote address).
 */
public class AccessFilter {

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final CurrentIdentityAssociation identities;
    private final RateLimiter limiter;

    AccessFilter(CurrentIdentityAssociation identities, RateLimiter limiter) {
        this.identities = identities;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Uni<Void> check(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                limiter.acquire("-", "address:" + remoteAddress(http));
                return;
            }
            String tenant = token.getClaim("tenant");
            if (tenant == null || !TENANT_ID.matcher(tenant).matches()) {
                throw new ForbiddenException("The token carries no valid tenant claim");
            }
            limiter.acquire(tenant, "subject:" + token.getSubject());
        }).replaceWithVoid();
    }

    private static String remoteAddress(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
