package dev.opsdesk.qa.service;

import dev.opsdesk.qa.config.QaConfig;
import dev.opsdesk.qa.domain.Json;
import dev.opsdesk.qa.domain.ReviewableInteraction;
import dev.opsdesk.qa.domain.TimelineEntry;
import dev.opsdesk.qa.messaging.in.ProcessedEvents;
import dev.opsdesk.qa.messaging.in.StatusChangedData;
import dev.opsdesk.qa.messaging.in.TicketAssignedData;
import dev.opsdesk.qa.messaging.in.TicketCreatedData;
import dev.opsdesk.qa.messaging.in.TicketEventData;
import dev.opsdesk.qa.messaging.in.TicketResolvedData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Applies each ticket event once: stores it in the interaction's timeline, keeps QA's record of the
 * interaction current, and makes AutoQA due on an interaction whose ticket is closed.
 */
@ApplicationScoped
public class InteractionIntake {

    private final ProcessedEvents processed;
    private final Clock clock;
    private final QaConfig config;
    private final Event<AutoQaDue> due;

    InteractionIntake(ProcessedEvents processed, Clock clock, QaConfig config, Event<AutoQaDue> due) {
        this.processed = processed;
        this.clock = clock;
        this.config = config;
        this.due = due;
    }

    /** Fired when AutoQA became due on an interaction; observed after commit to wake the worker. */
    public record AutoQaDue(UUID ticketId) {
    }

    @Transactional
    public void apply(UUID eventId, String type, TicketEventData data) {
        if (!processed.firstDelivery(eventId, type)) {
            return;
        }
        TimelineEntry.of(data.tenantId(), data.ticketId(), eventId, type, data.occurredAt(), Json.write(data)).persist();
        ReviewableInteraction interaction = ReviewableInteraction.inTenant(data.tenantId(), data.ticketId()).orElse(null);
        if (data instanceof TicketCreatedData created && interaction == null
                && ReviewableInteraction.findById(created.ticketId()) == null) {
            interaction = received(created);
            interaction.persist();
        }
        if (interaction == null) {
            return; // an event of a ticket QA never saw created: kept in the timeline only
        }
        if (data instanceof TicketAssignedData assigned) {
            interaction.ownerId = assigned.ownerAfter();
        } else if (data instanceof StatusChangedData changed) {
            interaction.statusCategory = changed.to().category();
        } else if (data instanceof TicketResolvedData resolved) {
            interaction.statusCategory = resolved.category();
        }
        if (interaction.closed()) {
            interaction.autoQaDue(clock.instant().plus(config.autoqa().settle()));
            due.fire(new AutoQaDue(interaction.ticketId));
        }
    }

    private static ReviewableInteraction received(TicketCreatedData created) {
        ReviewableInteraction row = ReviewableInteraction.received(created.ticketId(), created.tenantId(),
                created.channel(), created.createdAt());
        row.subject = created.subject();
        row.store = created.store();
        row.statusCategory = created.status();
        if (created.requester() != null) {
            row.requesterName = created.requester().name();
            row.requesterEmail = created.requester().email();
            row.requesterPhone = created.requester().phone();
            row.requesterSocial = created.requester().social();
        }
        return row;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long awaitingReview(String tenantId) {
        return ReviewableInteraction.awaitingReview(tenantId);
    }
}
