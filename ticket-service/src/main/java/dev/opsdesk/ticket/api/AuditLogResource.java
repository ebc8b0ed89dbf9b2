package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.audit.AuditFilter;
import dev.opsdesk.ticket.domain.audit.AuditLogEntry;
import dev.opsdesk.ticket.service.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed which configuration, who merged or unmerged what: when, from what, to what")
public class AuditLogResource {

    private final AuditLog audit;
    private final CallerTenant caller;

    AuditLogResource(AuditLog audit, CallerTenant caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"admin", "director"})
    @Operation(summary = "The tenant's configuration changes and merges, newest first",
            description = "Tenant creation, intake settings (secrets masked), ticket merges and unmerges, customer"
                    + " merges (each ticket's own trail: GET /api/v1/tickets/{id}/audit). Filters: entityType, entityId, action, actor, since, until"
                    + " (ISO-8601 instants, until exclusive); cursor = the previous page's nextCursor; limit 1-200.")
    public AuditLogView list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                             @QueryParam("action") String action, @QueryParam("actor") String actor,
                             @QueryParam("since") String since, @QueryParam("until") String until,
                             @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        AuditFilter filter = new AuditFilter(entityType, entityId, action, actor, instant("since", since),
                instant("until", until), Paging.cursor(cursor));
        int size = Paging.limit(limit);
        List<AuditLogEntry> entries = audit.entries(caller.tenantId(), filter, size + 1);
        List<AuditLogView.Entry> page = entries.stream().limit(size).map(AuditLogView.Entry::of).toList();
        return new AuditLogView(page, entries.size() > size ? page.get(size - 1).id() : null);
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(null, field, "'" + value + "' is not an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
