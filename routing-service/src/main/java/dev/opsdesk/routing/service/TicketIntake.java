package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RoutableTicket;
import dev.opsdesk.routing.messaging.in.ProcessedEvents;
import dev.opsdesk.routing.messaging.in.TicketCreatedData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class TicketIntake {

    private final ProcessedEvents processed;

    TicketIntake(ProcessedEvents processed) {
        this.processed = processed;
    }

    /** Records the new ticket once, however often the event is delivered. */
    @Transactional
    public void ticketCreated(UUID eventId, TicketCreatedData data) {
        if (!processed.firstDelivery(eventId, "ticket.created")) {
            return;
        }
        if (RoutableTicket.findById(data.ticketId()) == null) {
            RoutableTicket.received(data.ticketId(), data.tenantId(), data.channel(), data.createdAt()).persist();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long awaitingAssignment(String tenantId) {
        return RoutableTicket.awaitingAssignment(tenantId);
    }
}
