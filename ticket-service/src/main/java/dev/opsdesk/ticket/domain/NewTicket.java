package dev.opsdesk.ticket.domain;

import java.util.UUID;

/** What a new ticket is opened with; {@code origin} and {@code relatedTo} serve §7.4 (R125–R128). */
public record NewTicket(UUID id, String channel, String subject, String requesterEmail, String store, String origin,
                        UUID relatedTo) {
}
