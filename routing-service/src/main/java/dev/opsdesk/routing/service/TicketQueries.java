package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.AssignmentDecision;
import dev.opsdesk.routing.domain.NotFound;
import dev.opsdesk.routing.domain.RoutedTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Read side: a ticket as routing sees it with its decisions, and the tickets waiting in a queue. */
@ApplicationScoped
public class TicketQueries {

    public record TicketDecisions(RoutedTicket ticket, List<AssignmentDecision> decisions) {
    }

    @Transactional
    public TicketDecisions decisions(String tenantId, UUID ticketId) {
        RoutedTicket ticket = RoutedTicket.findInTenant(tenantId, ticketId)
                .orElseThrow(() -> new NotFound("Routing knows no ticket " + ticketId + " in this tenant"));
        List<AssignmentDecision> history = AssignmentDecision.history(ticketId);
        if (history.isEmpty()) {
            throw new NotFound("Routing has not decided about ticket " + ticketId + " yet");
        }
        return new TicketDecisions(ticket, history);
    }

    @Transactional
    public List<RoutedTicket> queued(String tenantId, String groupId, int limit) {
        return RoutedTicket.queuedIn(tenantId, groupId, limit);
    }

    @Transactional
    public long awaitingAssignment(String tenantId) {
        return RoutedTicket.awaitingAssignment(tenantId);
    }
}
