package dev.opsdesk.reporting.api;

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

    /** The caller as an agent id, as ticket-service records it on work logs (upn, else subject). */
    public String agentId() {
        String name = token.getName();
        return name == null || name.isBlank() ? token.getSubject() : name;
    }

    public boolean isOnly(String role) {
        return token.getGroups() != null && token.getGroups().size() == 1 && token.getGroups().contains(role);
    }
}
