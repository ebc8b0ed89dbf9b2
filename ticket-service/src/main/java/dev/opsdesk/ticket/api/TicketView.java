package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TicketView(UUID id, String channel, String subject, String status, String statusCategory, String store,
                         String ownerId, Requester requester, UUID customerId, List<String> topics, String orderId,
                         String shipmentId, String sku, boolean noOrder, String resolution, Instant closedAt,
                         String type, String priority, String origin, UUID clonedFrom, UUID relatedTo, UUID mergedInto,
                         Instant lastMessageAt, String lastMessageAuthor, Instant createdAt, long version) {

    public record Requester(String email, String name, String phone, String social) {
    }

    static TicketView of(Ticket ticket) {
        return new TicketView(ticket.id, ticket.channel, ticket.subject, ticket.status, ticket.statusCategory.name(),
                ticket.store, ticket.ownerId, new Requester(ticket.requesterEmail, ticket.requesterName, ticket.requesterPhone,
                ticket.requesterSocial), ticket.customerId,
                List.of(ticket.topics), ticket.orderId, ticket.shipmentId, ticket.sku, ticket.noOrder, ticket.resolution,
                ticket.closedAt, ticket.type, ticket.priority.name(), ticket.origin, ticket.clonedFrom, ticket.relatedTo, ticket.mergedInto, ticket.lastMessageAt,
                ticket.lastMessageAuthor == null ? null : ticket.lastMessageAuthor.name(), ticket.createdAt, ticket.version);
    }

    /** A weak ETag over the ticket's version, for If-Match on changes. */
    static String etag(Ticket ticket) {
        return "W/\"" + ticket.version + "\"";
    }

    /** The version a client's If-Match names; null when it sent none. */
    static Long versionFrom(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.BadRequestException("If-Match must be an ETag this API gave out, like W/\"3\"");
        }
    }
}
