package dev.opsdesk.ticket.domain.merge;

import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The fields a merge changes, for each ticket it touched, as they were before (for unmerge). */
public record MergeSnapshot(List<TicketState> tickets, List<UUID> movedMessageIds) {

    public record TicketState(UUID id, String status, StatusCategory statusCategory, Instant statusEnteredAt,
                              String ownerId, Instant lastMessageAt, AuthorType lastMessageAuthor, Instant closedAt,
                              UUID mergedInto) {

        public static TicketState of(Ticket t) {
            return new TicketState(t.id, t.status, t.statusCategory, t.statusEnteredAt, t.ownerId, t.lastMessageAt,
                    t.lastMessageAuthor, t.closedAt, t.mergedInto);
        }

        public void restoreInto(Ticket t) {
            t.status = status;
            t.statusCategory = statusCategory;
            t.statusEnteredAt = statusEnteredAt;
            t.ownerId = ownerId;
            t.lastMessageAt = lastMessageAt;
            t.lastMessageAuthor = lastMessageAuthor;
            t.closedAt = closedAt;
            t.mergedInto = mergedInto;
        }
    }

    public TicketState of(UUID ticketId) {
        return tickets.stream().filter(t -> t.id().equals(ticketId)).findFirst().orElseThrow();
    }
}
