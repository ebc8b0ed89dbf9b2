package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.Priority;
import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.StatusCategory;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.TicketState;
import dev.opsdesk.routing.domain.Trigger;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.sla.SlaFact;
import dev.opsdesk.routing.messaging.in.ProcessedEvents;
import dev.opsdesk.routing.messaging.in.TicketCreatedData;
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

/** New and (re)classified tickets: record them, route them, start their SLA timers, watch for spikes. */
@ApplicationScoped
public class TicketIntake {

    private final ProcessedEvents processed;
    private final TenantLock lock;
    private final TenantSetup tenants;
    private final Router router;
    private final SlaTimers sla;
    private final SpikeDetection spikes;
    private final OutboxWriter outbox;
    private final Clock clock;

    TicketIntake(ProcessedEvents processed, TenantLock lock, TenantSetup tenants, Router router, SlaTimers sla,
                 SpikeDetection spikes, OutboxWriter outbox, Clock clock) {
        this.processed = processed;
        this.lock = lock;
        this.tenants = tenants;
        this.router = router;
        this.sla = sla;
        this.spikes = spikes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records and routes a new ticket once, however often the event is delivered; returns what it published. */
    @Transactional
    public List<RoutingEvent> ticketCreated(UUID eventId, TicketCreatedData data) {
        lock.lock(data.tenantId());
        if (!processed.firstDelivery(eventId, "ticket.created") || RoutedTicket.findById(data.ticketId()) != null) {
            return List.of();
        }
        Instant now = clock.instant();
        TenantSettings settings = tenants.settings(data.tenantId());
        StatusCategory category = StatusCategory.parse(data.status());
        RoutedTicket ticket = RoutedTicket.received(data.ticketId(), data.tenantId(), data.channel(), data.subject(),
                data.requesterEmail(), data.store(), data.statusCode(), category, data.createdAt());
        ticket.groupId = settings.defaultGroup();
        ticket.persist();
        List<RoutingEvent> events = new ArrayList<>();
        if (ticket.open()) {
            Router.Context ctx = router.context(data.tenantId(), settings, now);
            router.route(ctx, ticket, Trigger.TICKET_CREATED, Set.of(), null, true).ifPresent(events::add);
        }
        events.addAll(sla.record(ticket, SlaFact.status(ticket.tenantId, ticket.ticketId, SlaFact.Kind.CREATED,
                data.createdAt(), ticket.statusCategory), now));
        events.addAll(spikes.ticketArrived(ticket, settings, now));
        outbox.append(events);
        return events;
    }

    /** New case type, case reason or priority: a waiting ticket is routed again (R117: now it may be delegated). */
    @Transactional
    public List<RoutingEvent> ticketClassified(UUID eventId, TicketEventData.Classified data) {
        lock.lock(data.tenantId());
        if (!processed.firstDelivery(eventId, "ticket.classified")) {
            return List.of();
        }
        RoutedTicket ticket = RoutedTicket.findInTenant(data.tenantId(), data.ticketId()).orElse(null);
        if (ticket == null) {
            return List.of();
        }
        Instant now = clock.instant();
        ticket.topics = data.topics() == null ? new String[0] : data.topics().toArray(String[]::new);
        ticket.caseReason = data.type() == null || data.type().isBlank() ? null : data.type().strip();
        ticket.setPriority(parse(data.priority()));
        List<RoutingEvent> events = new ArrayList<>(sla.recompute(ticket, now));
        if (ticket.state == TicketState.QUEUED && !ticket.mergeOwned) {
            TenantSettings settings = tenants.settings(data.tenantId());
            Router.Context ctx = router.context(data.tenantId(), settings, now);
            router.route(ctx, ticket, Trigger.TICKET_CLASSIFIED, Set.of(), null, true).ifPresent(events::add);
        }
        outbox.append(events);
        return events;
    }

    private static Priority parse(String priority) {
        try {
            return priority == null ? Priority.NORMAL : Priority.valueOf(priority);
        } catch (IllegalArgumentException e) {
            return Priority.NORMAL;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long awaitingAssignment(String tenantId) {
        return RoutedTicket.awaitingAssignment(tenantId);
    }
}
