package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.ReportedTicket;
import dev.opsdesk.reporting.messaging.in.ProcessedEvents;
import dev.opsdesk.reporting.messaging.in.TicketCreatedData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class TicketVolumeProjection {

    private final ProcessedEvents processed;

    TicketVolumeProjection(ProcessedEvents processed) {
        this.processed = processed;
    }

    /** Counts the ticket once, however often the event is delivered. */
    @Transactional
    public void ticketCreated(UUID eventId, TicketCreatedData data) {
        if (!processed.firstDelivery(eventId, "ticket.created")) {
            return;
        }
        if (ReportedTicket.findById(data.ticketId()) == null) {
            ReportedTicket.of(data.ticketId(), data.tenantId(), data.channel(), data.createdAt()).persist();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long created(String tenantId) {
        return ReportedTicket.createdIn(tenantId);
    }
}
