package dev.opsdesk.qa.service;

import dev.opsdesk.qa.domain.ReviewableInteraction;
import dev.opsdesk.qa.messaging.in.ProcessedEvents;
import dev.opsdesk.qa.messaging.in.TicketCreatedData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class InteractionIntake {

    private final ProcessedEvents processed;

    InteractionIntake(ProcessedEvents processed) {
        this.processed = processed;
    }

    /** Records the new ticket once, however often the event is delivered. */
    @Transactional
    public void ticketCreated(UUID eventId, TicketCreatedData data) {
        if (!processed.firstDelivery(eventId, "ticket.created")) {
            return;
        }
        if (ReviewableInteraction.findById(data.ticketId()) == null) {
            ReviewableInteraction.received(data.ticketId(), data.tenantId(), data.channel(), data.createdAt()).persist();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long awaitingReview(String tenantId) {
        return ReviewableInteraction.awaitingReview(tenantId);
    }
}
