package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.service.TicketSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/tickets?status=…&channel=…&limit=25&cursor=…}: newest first, keyset-paginated. */
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "qa", "admin", "integration"})
public class TicketSearchResource {

    private final TicketSearch search;
    private final CallerTenant caller;

    TicketSearchResource(TicketSearch search, CallerTenant caller) {
        this.search = search;
        this.caller = caller;
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolation(null, field, "'" + value + "' is not an ISO-8601 instant such as 2026-11-24T09:00:00Z");
        }
    }

    public record PageView(List<TicketView> items, String nextCursor) {
    }

    @GET
    public PageView list(@QueryParam("status") String status, @QueryParam("statusCategory") String statusCategory,
                         @QueryParam("channel") String channel, @QueryParam("store") String store,
                         @QueryParam("owner") String owner, @QueryParam("requester") String requester,
                         @QueryParam("orderId") String orderId, @QueryParam("topic") String topic,
                         @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
                         @QueryParam("q") String text, @QueryParam("cursor") String cursor,
                         @QueryParam("limit") @DefaultValue("25") int limit) {
        TicketSearch.Page page = search.search(caller.tenantId(), new TicketSearch.Filter(status, statusCategory, channel,
                store, owner, requester, orderId, topic, instant("createdFrom", createdFrom), instant("createdTo", createdTo),
                text), cursor, limit);
        return new PageView(page.items().stream().map(TicketView::of).toList(), page.nextCursor());
    }
}
