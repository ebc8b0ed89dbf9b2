package dev.opsdesk.qa.domain;

import java.time.Instant;
import java.util.UUID;

/** An event qa-service publishes on qa-events (key = ticket id), caused by a domain method. */
public interface QaEvent {

    UUID eventId();

    String type();

    UUID ticketId();

    String tenantId();

    Instant occurredAt();
}
