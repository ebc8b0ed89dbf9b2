package dev.opsdesk.routing.domain.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Something routing decided or saw; domain code returns these and the outbox publishes them to
 * routing-events. The record components (except {@code eventId}) are the CloudEvent data.
 */
public sealed interface RoutingEvent permits AssignmentDecided, TicketRequeued, QueueSpikeDetected, AlertAcknowledged,
        SlaTimerChanged, SlaWarning, SlaBreached {

    UUID eventId();

    String tenantId();

    /** The record key and {@code ce_subject}: the ticket id, or the alert id for queue alerts. */
    UUID aggregateId();

    Instant occurredAt();

    /** The CloudEvents {@code type}, e.g. {@code routing.assignment-decided}. */
    String type();
}
