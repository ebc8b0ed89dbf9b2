package dev.opsdesk.ticket.domain.customer;

import dev.opsdesk.ticket.domain.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** R136, A44: a customer's tickets in every channel, newest first, read in keyset pages. */
public final class CustomerTimeline {

    private CustomerTimeline() {
    }

    /** Where a page ends: the last ticket's creation time and id (the tie-breaker). */
    public record Position(Instant createdAt, UUID ticketId) {
    }

    public record Page(List<Ticket> tickets, Optional<Position> next) {
    }

    public static Page of(String tenantId, UUID customerId, Position after, int limit) {
        // range() is inclusive: limit + 1 rows, the extra one only tells whether another page follows
        List<Ticket> rows = after == null
                ? Ticket.<Ticket>find("tenantId = ?1 and customerId = ?2 order by createdAt desc, id desc",
                        tenantId, customerId).range(0, limit).list()
                : Ticket.<Ticket>find("tenantId = ?1 and customerId = ?2"
                                + " and (createdAt < ?3 or (createdAt = ?3 and id < ?4)) order by createdAt desc, id desc",
                        tenantId, customerId, after.createdAt(), after.ticketId()).range(0, limit).list();
        if (rows.size() <= limit) {
            return new Page(rows, Optional.empty());
        }
        List<Ticket> page = rows.subList(0, limit);
        Ticket last = page.get(limit - 1);
        return new Page(List.copyOf(page), Optional.of(new Position(last.createdAt, last.id)));
    }
}
