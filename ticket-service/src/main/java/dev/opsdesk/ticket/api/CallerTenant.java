package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.Actor;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The tenant of the authenticated caller, taken from the token's {@code tenant} claim only. */
@RequestScoped
public class CallerTenant {

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private final JsonWebToken token;

    CallerTenant(JsonWebToken token) {
        this.token = token;
    }

    public String tenantId() {
        String tenant = token.getClaim("tenant");
        if (tenant == null || !TENANT_ID.matcher(tenant).matches()) {
            throw new ForbiddenException("The token carries no valid tenant claim");
        }
        return tenant;
    }

    /** The acting user, as recorded in audit entries and events. */
    public Actor actor() {
        String name = token.getName();
        return new Actor(name == null || name.isBlank() ? token.getSubject() : name);
    }
}
