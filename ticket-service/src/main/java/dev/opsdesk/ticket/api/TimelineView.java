package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.customer.CustomerTimeline;
import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** R136: one page of a customer's tickets across channels, newest first. */
public record TimelineView(List<Item> items, String nextCursor) {

    public record Item(UUID id, String channel, String subject, String status, String statusCategory,
                       String requesterEmail, Instant createdAt, Instant lastMessageAt) {

        static Item of(Ticket t) {
            return new Item(t.id, t.channel, t.subject, t.status, t.statusCategory.name(), t.requesterEmail,
                    t.createdAt, t.lastMessageAt);
        }
    }

    static TimelineView of(CustomerTimeline.Page page) {
        return new TimelineView(page.tickets().stream().map(Item::of).toList(),
                page.next().map(TimelineView::cursor).orElse(null));
    }

    /** Opaque to clients: base64url of the last item's creation time and id. */
    static String cursor(CustomerTimeline.Position position) {
        String plain = position.createdAt() + "|" + position.ticketId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static CustomerTimeline.Position position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return new CustomerTimeline.Position(Instant.parse(plain.substring(0, bar)),
                    UUID.fromString(plain.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new BadRequestException("cursor is not one this API gave out; start again without a cursor");
        }
    }
}
