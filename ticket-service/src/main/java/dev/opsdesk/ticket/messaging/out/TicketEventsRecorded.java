package dev.opsdesk.ticket.messaging.out;

import dev.opsdesk.ticket.domain.TicketEvent;
import java.util.List;

/**
 * Fired synchronously inside the writing transaction with the events just appended, so that work
 * that must be recorded atomically with them (outgoing mail, chat silence timers) is, without the
 * use cases knowing about it.
 */
public record TicketEventsRecorded(List<TicketEvent> events) {
}
