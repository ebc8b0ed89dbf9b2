package dev.opsdesk.ticket.messaging.in;

import java.time.Instant;
import java.util.UUID;

/** ticket-service's own readings of the routing events it applies (tolerant: only the fields it uses). */
public final class RoutingEventData {

    private RoutingEventData() {
    }

    /** routing.assignment-decided (event-contracts/schemas/routing.assignment-decided.json). */
    public record AssignmentDecided(UUID decisionId, UUID ticketId, String tenantId, String outcome, String agentId,
                                    String groupId, String ownerBefore, Instant decidedAt) {

        void requireComplete(UUID eventId) {
            if (decisionId == null || ticketId == null || tenantId == null || outcome == null
                    || "ASSIGNED".equals(outcome) && agentId == null) {
                throw new PoisonEventException("routing.assignment-decided " + eventId
                        + " lacks one of decisionId, ticketId, tenantId, outcome, agentId");
            }
        }
    }

    /** routing.ticket-requeued (event-contracts/schemas/routing.ticket-requeued.json). */
    public record TicketRequeued(UUID ticketId, String tenantId, String fromAgentId, String toGroupId, String reason,
                                 Instant requeuedAt) {

        void requireComplete(UUID eventId) {
            if (ticketId == null || tenantId == null || fromAgentId == null) {
                throw new PoisonEventException("routing.ticket-requeued " + eventId
                        + " lacks one of ticketId, tenantId, fromAgentId");
            }
        }
    }
}
