package dev.opsdesk.ticket.messaging.out;

import dev.opsdesk.ticket.domain.TicketEvent;
import java.util.List;

/**
 * Fired synchronously inside the writing transaction with the events just appended, so that work
 * that must be recorded atomically with them (outgoing mail, chat silence timers) is, without the
 * use cases knowing about it. {@code rows} are the outbox rows written for them, in the same order
 * (the webhook deliveries copy their CloudEvent envelope and data).
 */
public record TicketEventsRecorded(List<TicketEvent> events, List<OutboxEvent> rows) {
}
