package dev.opsdesk.ticket.service;

import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.AuditEntry;
import dev.opsdesk.ticket.domain.RoutingAssignment;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketEvent;
import dev.opsdesk.ticket.domain.TicketRouting;
import dev.opsdesk.ticket.domain.tenant.TenantNotProvisioned;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.messaging.in.ProcessedEvents;
import dev.opsdesk.ticket.messaging.in.RoutingEventData;
import dev.opsdesk.ticket.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies routing-service's decisions and requeues to tickets, once each: the effect, its audit
 * entry (R134), its ticket.assigned and the processed-event mark commit together. A stale decision
 * is recorded as skipped and logged, not an error.
 */
@ApplicationScoped
public class RoutingDecisions {

    private static final Logger LOG = Logger.getLogger(RoutingDecisions.class);
    private static final Actor ROUTING = new Actor("routing-service");

    private final ProcessedEvents processed;
    private final OutboxWriter outbox;
    private final TenantService tenants;
    private final EntityManager em;
    private final Clock clock;

    RoutingDecisions(ProcessedEvents processed, OutboxWriter outbox, TenantService tenants, EntityManager em,
                     Clock clock) {
        this.processed = processed;
        this.outbox = outbox;
        this.tenants = tenants;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public void apply(UUID eventId, RoutingEventData.AssignmentDecided decision) {
        if (!processed.firstDelivery(eventId, "routing.assignment-decided") || seen(decision.decisionId())) {
            return; // redelivered, or the same decision again under another event id
        }
        Optional<Ticket> found = Ticket.findInTenant(decision.tenantId(), decision.ticketId());
        if (found.isEmpty()) {
            LOG.warnf("routing decision %s names ticket %s, unknown in tenant %s; skipped", decision.decisionId(),
                    decision.ticketId(), decision.tenantId());
            return;
        }
        Ticket ticket = found.get();
        String agent = "ASSIGNED".equals(decision.outcome()) ? decision.agentId() : null;
        Optional<String> stale = agent == null && ticket.closedAt == null ? Optional.empty()
                : RoutingAssignment.stale(ticket, decision.ownerBefore(), agent);
        Instant now = now();
        if (stale.isPresent()) {
            LOG.infof("routing decision %s for ticket %s is stale (%s); skipped", decision.decisionId(), ticket.id,
                    stale.get());
            remember(decision.decisionId(), ticket, "SKIPPED", stale.get(), now);
            return;
        }
        String ownerBefore = ticket.ownerId;
        List<TicketEvent> events = RoutingAssignment.decide(ticket, TicketRouting.of(ticket, now), decision.decisionId(),
                agent, decision.groupId(), now);
        if (agent != null && !agent.equals(ownerBefore)) {
            AuditEntry.of(ticket, ROUTING, "owner", ownerBefore, agent, "routing decision " + decision.decisionId(), now)
                    .persist();
        }
        remember(decision.decisionId(), ticket, "APPLIED", null, now);
        outbox.append(events);
    }

    @Transactional
    public void requeue(UUID eventId, RoutingEventData.TicketRequeued requeue) {
        if (!processed.firstDelivery(eventId, "routing.ticket-requeued")) {
            return;
        }
        Optional<Ticket> found = Ticket.findInTenant(requeue.tenantId(), requeue.ticketId());
        if (found.isEmpty() || found.get().closedAt != null || !requeue.fromAgentId().equals(found.get().ownerId)) {
            LOG.infof("requeue of ticket %s from %s is stale (closed, unknown or reassigned); skipped",
                    requeue.ticketId(), requeue.fromAgentId());
            return;
        }
        Ticket ticket = found.get();
        Instant now = now();
        String reason = "requeued by routing: " + requeue.reason();
        List<TicketEvent> events = RoutingAssignment.requeue(ticket, TicketRouting.of(ticket, now), rules(ticket.tenantId),
                requeue.toGroupId(), reason, now);
        AuditEntry.of(ticket, ROUTING, "owner", requeue.fromAgentId(), null, reason, now).persist();
        outbox.append(events);
    }

    private TenantTemplate rules(String tenantId) {
        try {
            return tenants.rules(tenantId);
        } catch (TenantNotProvisioned e) {
            return null;
        }
    }

    private boolean seen(UUID decisionId) {
        return ((Number) em.createNativeQuery("select count(*) from routing_decision_applied where decision_id = ?1")
                .setParameter(1, decisionId).getSingleResult()).longValue() > 0;
    }

    private void remember(UUID decisionId, Ticket ticket, String outcome, String reason, Instant now) {
        em.createNativeQuery("insert into routing_decision_applied (decision_id, ticket_id, tenant_id, outcome, reason,"
                        + " applied_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, decisionId).setParameter(2, ticket.id).setParameter(3, ticket.tenantId)
                .setParameter(4, outcome).setParameter(5, reason).setParameter(6, now).executeUpdate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
