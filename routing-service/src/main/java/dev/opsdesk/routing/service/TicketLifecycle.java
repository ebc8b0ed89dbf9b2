package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.Decision;
import dev.opsdesk.routing.domain.Outcome;
import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.StatusCategory;
import dev.opsdesk.routing.domain.Strategy;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.Trigger;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.sla.SlaFact;
import dev.opsdesk.routing.messaging.in.ProcessedEvents;
import dev.opsdesk.routing.messaging.in.TicketEventData;
import dev.opsdesk.routing.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * What happens to tickets after intake: owners set by hand or by merges, status changes, replies,
 * resolutions. Freed capacity drains the backlog; a closed ticket applies its owner's pending break (R112).
 */
@ApplicationScoped
public class TicketLifecycle {

    private final ProcessedEvents processed;
    private final TenantLock lock;
    private final TenantSetup tenants;
    private final Router router;
    private final SlaTimers sla;
    private final OutboxWriter outbox;
    private final Clock clock;

    TicketLifecycle(ProcessedEvents processed, TenantLock lock, TenantSetup tenants, Router router, SlaTimers sla,
                    OutboxWriter outbox, Clock clock) {
        this.processed = processed;
        this.lock = lock;
        this.tenants = tenants;
        this.router = router;
        this.sla = sla;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One change to a known ticket of a tenant, the change's events, and a drain when capacity was freed. */
    private List<RoutingEvent> change(UUID eventId, String type, String tenantId, UUID ticketId,
                                      BiFunction<RoutedTicket, Router.Context, List<RoutingEvent>> effect) {
        lock.lock(tenantId);
        if (!processed.firstDelivery(eventId, type)) {
            return List.of();
        }
        RoutedTicket ticket = RoutedTicket.findInTenant(tenantId, ticketId).orElse(null);
        if (ticket == null) {
            return List.of(); // a ticket from before routing knew the tenant: nothing to route
        }
        TenantSettings settings = tenants.settings(tenantId);
        Router.Context ctx = router.context(tenantId, settings, clock.instant());
        String owner = ticket.ownerId;
        boolean tookCapacity = ticket.takesCapacity(settings);
        boolean wasOpen = ticket.open();
        List<RoutingEvent> events = new ArrayList<>(effect.apply(ticket, ctx));
        if (owner != null && wasOpen && !ticket.open()) {
            router.applyPendingPresence(ctx, owner); // R112: no new ticket for them after this one
        }
        boolean freed = tookCapacity && (!ticket.takesCapacity(settings) || !owner.equals(ticket.ownerId));
        if (freed || !wasOpen && ticket.open()) {
            // loads are read again: the change above moved them
            events.addAll(router.drain(router.context(tenantId, settings, ctx.now()), Set.of()));
        }
        outbox.append(events);
        return events;
    }

    @Transactional
    public List<RoutingEvent> assigned(UUID eventId, TicketEventData.Assigned data) {
        return change(eventId, "ticket.assigned", data.tenantId(), data.ticketId(), (ticket, ctx) -> {
            String source = data.source();
            if ("ROUTING".equals(source) || "REQUEUE".equals(source)) {
                return List.of(); // routing's own decision, applied by ticket-service
            }
            if ("MERGE".equals(source)) {
                return keepMergeOwner(ticket, ctx, data.ownerAfter(), null, data.assignedAt());
            }
            if (data.ownerAfter() != null) {
                ticket.assignTo(data.ownerAfter(), null, null, data.assignedAt());
            } else {
                ticket.queueIn(null, null);
            }
            return List.of();
        });
    }

    @Transactional
    public List<RoutingEvent> statusChanged(UUID eventId, TicketEventData.StatusChanged data) {
        return change(eventId, "ticket.status-changed", data.tenantId(), data.ticketId(), (ticket, ctx) -> {
            StatusCategory category = StatusCategory.parse(data.to().category());
            if (category == null) {
                return List.of();
            }
            ticket.statusChanged(data.to().code(), category);
            return sla.record(ticket, SlaFact.status(ticket.tenantId, ticket.ticketId, SlaFact.Kind.STATUS,
                    data.changedAt(), category), ctx.now());
        });
    }

    @Transactional
    public List<RoutingEvent> messageAdded(UUID eventId, TicketEventData.MessageAdded data) {
        return change(eventId, "ticket.message-added", data.tenantId(), data.ticketId(), (ticket, ctx) -> {
            if ("STAFF".equals(data.authorType()) && "PUBLIC".equals(data.visibility())) {
                ticket.responded = true; // A32: a public reply since it entered the personal queue
            }
            return sla.record(ticket, SlaFact.message(ticket.tenantId, ticket.ticketId, data.createdAt(),
                    data.authorType(), data.visibility()), ctx.now());
        });
    }

    @Transactional
    public List<RoutingEvent> noteAdded(UUID eventId, TicketEventData.NoteAdded data) {
        return change(eventId, "ticket.note-added", data.tenantId(), data.ticketId(), (ticket, ctx) -> {
            TenantSettings.EndOfDay endOfDay = ctx.settings().endOfDay();
            if (endOfDay != null && endOfDay.isResponse(data.templateId(), "PUBLIC".equals(data.visibility()))) {
                ticket.responded = true; // A32: a public comment or a logged call since it entered the personal queue
            }
            return List.of();
        });
    }

    @Transactional
    public List<RoutingEvent> resolved(UUID eventId, TicketEventData.Resolved data) {
        return change(eventId, "ticket.resolved", data.tenantId(), data.ticketId(), (ticket, ctx) -> {
            StatusCategory category = StatusCategory.parse(data.category());
            if (category == StatusCategory.TRANSFERRED && data.escalatedTo() != null) {
                ticket.assignTo(data.escalatedTo(), null, null, data.resolvedAt()); // R111: moved to a named employee
            }
            if (category == null || category == ticket.statusCategory) {
                return List.of();
            }
            ticket.statusChanged(data.status(), category);
            return sla.record(ticket, SlaFact.status(ticket.tenantId, ticket.ticketId, SlaFact.Kind.STATUS,
                    data.resolvedAt(), category), ctx.now());
        });
    }

    /** R37, R39, R45: the merge rules chose the target's owner; routing records it and never moves the ticket. */
    @Transactional
    public List<RoutingEvent> merged(UUID eventId, TicketEventData.Merged data) {
        return change(eventId, "ticket.merged", data.tenantId(), data.ticketId(), (ticket, ctx) -> {
            for (UUID source : data.sourceTicketIds() == null ? List.<UUID>of() : data.sourceTicketIds()) {
                RoutedTicket.findInTenant(data.tenantId(), source).ifPresent(s -> s.mergedInto = ticket.ticketId);
            }
            return keepMergeOwner(ticket, ctx, data.ownerAfter(), data.rule(), data.mergedAt());
        });
    }

    @Transactional
    public List<RoutingEvent> unmerged(UUID eventId, TicketEventData.Unmerged data) {
        return change(eventId, "ticket.unmerged", data.tenantId(), data.ticketId(), (ticket, ctx) -> {
            ticket.mergeOwned = false;
            for (UUID source : data.sourceTicketIds() == null ? List.<UUID>of() : data.sourceTicketIds()) {
                RoutedTicket.findInTenant(data.tenantId(), source).ifPresent(s -> s.mergedInto = null);
            }
            return List.of();
        });
    }

    private List<RoutingEvent> keepMergeOwner(RoutedTicket ticket, Router.Context ctx, String owner, String rule,
                                              Instant at) {
        if (owner == null) {
            return List.of();
        }
        ticket.mergeOwned = true;
        Decision decision = new Decision(Outcome.ASSIGNED, owner, ticket.groupId, null, null,
                null, Strategy.MERGE_OWNERSHIP, List.of(), "The merge rules" + (rule == null ? "" : " (" + rule + ")")
                + " made " + owner + " the owner; routing keeps it there (R37, R39, R45).");
        return List.of(router.record(ctx, ticket, decision, Trigger.MANUAL_REROUTE, null));
    }
}
