package dev.opsdesk.ticket.messaging.in;

import java.util.UUID;

/** The CloudEvent attributes this consumer relies on, and the raw JSON data. */
public record IncomingEvent(UUID id, String type, String source, String subject, String data) {
}
