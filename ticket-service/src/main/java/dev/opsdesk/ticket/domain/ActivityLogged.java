package dev.opsdesk.ticket.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.ChannelKind;
import dev.opsdesk.ticket.domain.worklog.CallOutcome;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code ticket.activity-logged} (event-contracts/schemas/ticket.activity-logged.json).
 * The data's {@code ticketId} is null for work without a ticket; the outbox still needs a key, so
 * {@link #ticketId()} falls back to the activity id for those.
 */
public record ActivityLogged(
        UUID eventId,
        UUID activityId,
        @JsonProperty("ticketId") UUID onTicketId,
        String tenantId,
        String agentId,
        String taskCategory,
        int categoryRow,
        int standardMinutes,
        int actualSeconds,
        String channel,
        ChannelKind channelKind,
        CallOutcome callOutcome,
        String ebayCaseId,
        String subCategory,
        Instant loggedAt) implements TicketEvent {

    public static final String TYPE = "ticket.activity-logged";

    /** The record key and CloudEvent subject: the ticket, or the activity itself when it has no ticket. */
    @Override
    public UUID ticketId() {
        return onTicketId != null ? onTicketId : activityId;
    }

    @Override
    public Instant occurredAt() {
        return loggedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
