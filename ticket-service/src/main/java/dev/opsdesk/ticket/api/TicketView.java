package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.Ticket;
import java.time.Instant;
import java.util.UUID;

public record TicketView(UUID id, String channel, String subject, String status, Requester requester, Instant createdAt) {

    public record Requester(String email) {
    }

    static TicketView of(Ticket ticket) {
        return new TicketView(ticket.id, ticket.channel, ticket.subject, ticket.status.name(),
                new Requester(ticket.requesterEmail), ticket.createdAt);
    }
}
