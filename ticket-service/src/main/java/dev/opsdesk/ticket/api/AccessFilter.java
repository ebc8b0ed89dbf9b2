package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.api.RateLimiter.Scope;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Runs before every resource method. On /api: a token that names no valid tenant is refused (403,
 * the same answer {@link CallerTenant} gives), then the call is counted against the bucket of its
 * tenant and client (the token subject; without a token, the remote address), intake calls in their
 * own bucket. On /webhooks/{kind}/{tenant} (HMAC, no JWT): the intake bucket of that tenant and the
 * remote address.
 */
public class AccessFilter {

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern WEBHOOK = Pattern.compile("/webhooks/[^/]+/([^/]+)/?");
    private static final Set<String> INTAKE = Set.of("/api/v1/tickets", "/api/v1/intake/email",
            "/api/v1/intake/calls", "/api/v1/intake/chat/transcripts");

    private final CurrentIdentityAssociation identities;
    private final RateLimiter limiter;

    AccessFilter(CurrentIdentityAssociation identities, RateLimiter limiter) {
        this.identities = identities;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Uni<Void> check(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        Matcher webhook = WEBHOOK.matcher(path);
        if (webhook.matches()) {
            limiter.acquire(Scope.INTAKE, webhook.group(1), "address:" + remoteAddress(http));
            return Uni.createFrom().voidItem();
        }
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        Scope scope = "POST".equals(request.getMethod()) && INTAKE.contains(path) ? Scope.INTAKE : Scope.API;
        return identities.getDeferredIdentity().invoke(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                limiter.acquire(scope, "-", "address:" + remoteAddress(http));
                return;
            }
            String tenant = token.getClaim("tenant");
            if (tenant == null || !TENANT_ID.matcher(tenant).matches()) {
                throw new ForbiddenException("The token carries no valid tenant claim");
            }
            limiter.acquire(scope, tenant, "subject:" + token.getSubject());
        }).replaceWithVoid();
    }

    private static String remoteAddress(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
