package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.TicketMessage;
import java.time.Instant;
import java.util.UUID;

public record MessageView(UUID id, UUID ticketId, UUID originTicketId, String authorType, String authorId,
                          String visibility, String subject, String templateId, String body, String contentSource,
                          String recipient, String approvalState, String approvedBy, Instant createdAt,
                          String matchReason, java.util.List<String> intakeFlags) {

    public static MessageView of(TicketMessage m) {
        return new MessageView(m.id, m.ticketId, m.originTicketId, m.authorType.name(), m.authorId, m.visibility.name(),
                m.subject, m.templateId, m.body, m.contentSource, m.recipient, m.approvalState, m.approvedBy, m.createdAt,
                m.matchReason, java.util.List.of(m.intakeFlags));
    }
}
