package dev.opsdesk.ticket.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code ticket.message-added} (event-contracts/schemas/ticket.message-added.json).
 * {@code matchReason} says why an inbound message was attached to this ticket (threading) and
 * {@code intakeFlags} what loop protection found on it; both are absent for messages written here.
 */
public record MessageAdded(
        UUID eventId,
        UUID ticketId,
        String tenantId,
        UUID messageId,
        UUID originTicketId,
        AuthorType authorType,
        String authorId,
        Visibility visibility,
        String body,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String matchReason,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> intakeFlags) implements TicketEvent {

    public static final String TYPE = "ticket.message-added";

    public MessageAdded(UUID eventId, UUID ticketId, String tenantId, UUID messageId, UUID originTicketId,
                        AuthorType authorType, String authorId, Visibility visibility, String body, Instant createdAt) {
        this(eventId, ticketId, tenantId, messageId, originTicketId, authorType, authorId, visibility, body, createdAt,
                null, List.of());
    }

    /** The same event for a message that came in through intake. */
    public MessageAdded withIntake(String reason, List<String> flags) {
        return new MessageAdded(eventId, ticketId, tenantId, messageId, originTicketId, authorType, authorId, visibility,
                body, createdAt, reason, List.copyOf(flags));
    }

    @Override
    public Instant occurredAt() {
        return createdAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
