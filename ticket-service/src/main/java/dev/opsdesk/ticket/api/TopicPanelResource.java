package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.service.TenantService;
import dev.opsdesk.ticket.service.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * R113: the topic panel of a ticket as a client shows it — the ticket's topics (several allowed), the
 * tenant's text while there is none, the add button, and the topics the picker may offer (R85).
 */
@Path("/api/v1/tickets/{id}/topics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin", "qa", "integration"})
public class TopicPanelResource {

    private static final TenantTemplate.TopicPanelLabels DEFAULT_LABELS =
            new TenantTemplate.TopicPanelLabels("No contact topic added", "Add topic");

    private final TicketService tickets;
    private final TenantService tenants;
    private final CallerTenant caller;

    TopicPanelResource(TicketService tickets, TenantService tenants, CallerTenant caller) {
        this.tickets = tickets;
        this.tenants = tenants;
        this.caller = caller;
    }

    /** {@code placeholder} is set only while the ticket has no topic; {@code add} changes them. */
    public record TopicPanel(List<String> topics, String placeholder, AddAction add, List<String> selectable) {
    }

    public record AddAction(String label, String method, String href) {
    }

    @GET
    @Transactional
    @Operation(summary = "The ticket's topic panel (R113): its topics, the empty-panel text and the add action")
    public TopicPanel panel(@PathParam("id") UUID id) {
        Ticket ticket = tickets.get(caller.tenantId(), id);
        TenantTemplate.Taxonomy taxonomy = tenants.rules(caller.tenantId()).taxonomy();
        TenantTemplate.TopicPanelLabels labels = taxonomy == null || taxonomy.panel() == null
                ? DEFAULT_LABELS : taxonomy.panel();
        List<String> selectable = taxonomy == null || taxonomy.topics() == null ? List.of()
                : taxonomy.topics().stream().filter(taxonomy::selectable).map(TenantTemplate.TopicDef::path).toList();
        return new TopicPanel(List.of(ticket.topics), ticket.topics.length == 0 ? labels.noTopic() : null,
                new AddAction(labels.addTopic(), "PUT", "/api/v1/tickets/" + ticket.id + "/classification"),
                selectable);
    }
}
