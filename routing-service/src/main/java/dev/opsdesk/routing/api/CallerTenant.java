package dev.opsdesk.routing.api;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller: the tenant from the token's {@code tenant} claim only, the user and roles. */
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

    /** The token's subject: the user id, which is the agent id of an agent. */
    public String userId() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ForbiddenException("The token names no subject");
        }
        return subject;
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    /** The caller's most specific role of those given, for acknowledgements. */
    public String roleAmong(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return role;
            }
        }
        return "unknown";
    }

    /** Someone who only holds the agent role (supervisors and admins also manage others). */
    public boolean actsAsAgent() {
        return hasRole("agent") && !hasRole("supervisor") && !hasRole("admin");
    }
}
