package dev.opsdesk.qa.api;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller: the tenant from the token's {@code tenant} claim only, the user, the roles. */
@RequestScoped
public class CallerTenant {

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Set<String> SEE_ALL = Set.of("qa", "supervisor", "admin", "director");

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

    /** The acting user as ticket-service records it (token name, else subject): agents' ids match. */
    public String actor() {
        String name = token.getName();
        return name == null || name.isBlank() ? token.getSubject() : name;
    }

    /** An agent (and nothing more) sees only their own evaluations and disputes: their id, else null. */
    public String ownOnly() {
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        return groups.stream().anyMatch(SEE_ALL::contains) ? null : actor();
    }
}
