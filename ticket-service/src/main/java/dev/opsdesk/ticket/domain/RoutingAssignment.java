package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusDef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What routing-service's decisions do to a ticket: an assignment sets the owner (and group), a
 * queued decision only the group, a requeue clears the owner and returns a case waiting for its
 * owner's action to the tenant's initial status. A decision made on a premise that no longer holds
 * (the ticket closed, or its owner changed meanwhile) is stale and changes nothing.
 */
public final class RoutingAssignment {

    private static final Actor ROUTING = new Actor("routing-service");

    private RoutingAssignment() {
    }

    /** Why a decision is stale, if it is. */
    public static Optional<String> stale(Ticket ticket, String ownerBefore, String agentId) {
        if (ticket.closedAt != null || ticket.mergedInto != null) {
            return Optional.of("the ticket is closed or merged");
        }
        if (agentId != null && agentId.equals(ticket.ownerId)) {
            return Optional.empty(); // already there: applying it changes nothing
        }
        if (!java.util.Objects.equals(ownerBefore, ticket.ownerId)) {
            return Optional.of("the owner changed after the decision (" + ownerBefore + " → " + ticket.ownerId + ")");
        }
        return Optional.empty();
    }

    /** ASSIGNED (agentId set) or QUEUED (agentId null): the events it causes, none when nothing changes. */
    public static List<TicketEvent> decide(Ticket ticket, TicketRouting routing, UUID decisionId, String agentId,
                                           String groupId, Instant now) {
        String ownerBefore = ticket.ownerId;
        String groupBefore = routing.groupId;
        String owner = agentId != null ? agentId : ticket.ownerId;
        String group = groupId != null ? groupId : routing.groupId;
        routing.groupId = group;
        routing.lastDecisionId = decisionId;
        routing.changedAt = now;
        if (java.util.Objects.equals(owner, ownerBefore) && java.util.Objects.equals(group, groupBefore)) {
            return List.of();
        }
        ticket.ownerId = owner;
        return List.of(new TicketAssigned(UUID.randomUUID(), ticket.id, ticket.tenantId, ownerBefore, owner,
                ROUTING.id(), now, group, TicketAssigned.Source.ROUTING, decisionId));
    }

    /**
     * R133, A32: the case goes back to the group queue without an owner; a case waiting for its
     * owner's action returns to the tenant's initial status (Festival: Support queue).
     */
    public static List<TicketEvent> requeue(Ticket ticket, TicketRouting routing, TenantTemplate rules, String toGroup,
                                            String reason, Instant now) {
        List<TicketEvent> events = new ArrayList<>();
        String ownerBefore = ticket.ownerId;
        ticket.ownerId = null;
        if (toGroup != null) {
            routing.groupId = toGroup;
        }
        routing.changedAt = now;
        events.add(new TicketAssigned(UUID.randomUUID(), ticket.id, ticket.tenantId, ownerBefore, null, ROUTING.id(),
                now, routing.groupId, TicketAssigned.Source.REQUEUE, null));
        StatusDef initial = rules == null ? null : rules.initialStatus();
        if (initial != null && ticket.statusCategory == StatusCategory.AGENT_ACTION && !initial.code().equals(ticket.status)) {
            StatusChanged.Status from = new StatusChanged.Status(ticket.status, ticket.statusCategory);
            ticket.status = initial.code();
            ticket.statusCategory = initial.category();
            ticket.statusEnteredAt = now;
            events.add(new StatusChanged(UUID.randomUUID(), ticket.id, ticket.tenantId, from,
                    new StatusChanged.Status(ticket.status, ticket.statusCategory), ROUTING.id(), reason, null, now));
        }
        return events;
    }
}
