package dev.opsdesk.qa.api;

import dev.opsdesk.qa.domain.InvalidDefinition;
import dev.opsdesk.qa.domain.audit.AuditFilter;
import dev.opsdesk.qa.domain.audit.AuditLogEntry;
import dev.opsdesk.qa.service.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/qa/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed which QA configuration, when, from what, to what")
public class AuditLogResource {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final AuditLog audit;
    private final CallerTenant caller;

    AuditLogResource(AuditLog audit, CallerTenant caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"admin", "director"})
    @Operation(summary = "The tenant's configuration changes, newest first",
            description = "Scorecards and their versions, template installs, the tenant's QA settings. Filters:"
                    + " entityType, entityId, action, actor, since, until (ISO-8601 instants, until exclusive);"
                    + " cursor = the previous page's nextCursor; limit 1-200.")
    public AuditLogView list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                             @QueryParam("action") String action, @QueryParam("actor") String actor,
                             @QueryParam("since") String since, @QueryParam("until") String until,
                             @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        List<String> problems = new ArrayList<>();
        AuditFilter filter = new AuditFilter(entityType, entityId, action, actor, instant("since", since, problems),
                instant("until", until, problems), cursor(cursor, problems));
        int size = limit(limit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDefinition("The query", problems);
        }
        List<AuditLogEntry> entries = audit.entries(caller.tenantId(), filter, size + 1);
        List<AuditLogView.Entry> page = entries.stream().limit(size).map(AuditLogView.Entry::of).toList();
        return new AuditLogView(page, entries.size() > size ? page.get(size - 1).id() : null);
    }

    private static Instant instant(String field, String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field + ": must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
            return null;
        }
    }

    private static Long cursor(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,18}")) {
            problems.add("cursor: must be the nextCursor of a previous page");
            return null;
        }
        return Long.parseLong(value);
    }

    private static int limit(String value, List<String> problems) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_LIMIT) {
            problems.add("limit: must be between 1 and " + MAX_LIMIT);
            return DEFAULT_LIMIT;
        }
        return Integer.parseInt(value);
    }
}
