package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.ReportedTicket;
import dev.opsdesk.reporting.messaging.in.EventData;
import dev.opsdesk.reporting.messaging.in.RoutingEvents;
import dev.opsdesk.reporting.messaging.in.TicketEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Consumer;

/** Merges ticket events (and routing's owner/queue changes) into {@link ReportedTicket}. */
@ApplicationScoped
public class TicketProjection {

    private final EntityManager em;
    private final TenantCalendars calendars;

    TicketProjection(EntityManager em, TenantCalendars calendars) {
        this.em = em;
        this.calendars = calendars;
    }

    /** True when the event is one this projection applies. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UUID eventId, EventData data) {
        if (data instanceof TicketEvents.Created e) {
            change(e.ticketId(), e.tenantId(), t -> t.created(eventId, e.channel(), e.subject(), e.status(),
                    e.statusCode(), e.store(), e.origin(), e.customerId(), e.createdAt()));
        } else if (data instanceof TicketEvents.MessageAdded e) {
            if (e.isPublicStaffReply()) {
                change(e.ticketId(), e.tenantId(), t -> t.publicStaffReply(e.createdAt()));
            }
        } else if (data instanceof TicketEvents.StatusChanged e) {
            change(e.ticketId(), e.tenantId(), t -> t.statusChanged(eventId, e.from().category(), e.to().code(),
                    e.to().category(), e.changedAt()));
        } else if (data instanceof TicketEvents.Resolved e) {
            change(e.ticketId(), e.tenantId(), t -> t.resolved(eventId, e.resolution(), e.category(), e.status(),
                    e.topics(), e.resolvedAt()));
        } else if (data instanceof TicketEvents.Classified e) {
            change(e.ticketId(), e.tenantId(), t -> t.topics(eventId, e.topics(), e.classifiedAt()));
        } else if (data instanceof TicketEvents.Assigned e) {
            change(e.ticketId(), e.tenantId(), t -> {
                t.owner(eventId, e.ownerAfter(), e.assignedAt());
                t.group(eventId, e.groupAfter(), e.assignedAt());
            });
        } else if (data instanceof TicketEvents.Merged e) {
            change(e.ticketId(), e.tenantId(), ReportedTicket::receivedMerge);
            e.sourceTicketIds().forEach(source ->
                    change(source, e.tenantId(), t -> t.mergedInto(eventId, e.ticketId(), e.mergedAt())));
        } else if (data instanceof TicketEvents.Unmerged e) {
            e.sourceTicketIds().forEach(source ->
                    change(source, e.tenantId(), t -> t.mergedInto(eventId, null, e.unmergedAt())));
        } else if (data instanceof RoutingEvents.AssignmentDecided e) {
            change(e.ticketId(), e.tenantId(), t -> {
                if (e.assigned()) {
                    t.owner(eventId, e.agentId(), e.decidedAt());
                }
                t.group(eventId, e.groupId(), e.decidedAt());
            });
        } else if (data instanceof RoutingEvents.TicketRequeued e) {
            change(e.ticketId(), e.tenantId(), t -> {
                t.owner(eventId, null, e.requeuedAt());
                t.group(eventId, e.toGroupId(), e.requeuedAt());
            });
        } else {
            return false;
        }
        return true;
    }

    /** Locks the ticket's row (creating a stub when another topic is ahead), merges, derives. */
    private void change(UUID ticketId, String tenantId, Consumer<ReportedTicket> merge) {
        em.createNativeQuery("insert into reported_ticket (ticket_id, tenant_id) values (?1, ?2) "
                        + "on conflict (ticket_id) do nothing")
                .setParameter(1, ticketId).setParameter(2, tenantId).executeUpdate();
        ReportedTicket ticket = em.find(ReportedTicket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (!ticket.tenantId.equals(tenantId)) {
            return; // another tenant's id: never merge across tenants
        }
        merge.accept(ticket);
        ticket.derive(calendars.calendar(tenantId));
    }
}
