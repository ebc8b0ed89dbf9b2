package dev.opsdesk.routing.messaging.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** This service's own readings of the other ticket events it consumes (tolerant: only the fields it uses). */
public final class TicketEventData {

    private TicketEventData() {
    }

    /** ticket.classified: case type (a topic), case reason ({@code type}) and priority. */
    public record Classified(UUID ticketId, String tenantId, List<String> topics, String type, String priority,
                             Instant classifiedAt) {
    }

    /** ticket.assigned: who owns the ticket now, and what changed it. */
    public record Assigned(UUID ticketId, String tenantId, String ownerBefore, String ownerAfter, String source,
                           UUID decisionId, Instant assignedAt) {
    }

    /** ticket.status-changed. */
    public record StatusChanged(UUID ticketId, String tenantId, Status to, Instant changedAt) {
    }

    public record Status(String code, String category) {
    }

    /** ticket.message-added. */
    public record MessageAdded(UUID ticketId, String tenantId, String authorType, String visibility,
                               Instant createdAt) {
    }

    /** ticket.note-added: its format and whether it is public (R132); A32 counts some as a response. */
    public record NoteAdded(UUID ticketId, String tenantId, String templateId, String visibility, Instant createdAt) {
    }

    /** ticket.resolved: closed, or escalated to someone (TRANSFERRED). */
    public record Resolved(UUID ticketId, String tenantId, String category, String status, String escalatedTo,
                           Instant resolvedAt) {
    }

    /** ticket.merged: the owner the merge rules chose for the target (R37, R39, R45). */
    public record Merged(UUID ticketId, String tenantId, List<UUID> sourceTicketIds, String ownerAfter, String rule,
                         String mergedBy, Instant mergedAt) {
    }

    /** ticket.unmerged. */
    public record Unmerged(UUID ticketId, String tenantId, List<UUID> sourceTicketIds, Instant unmergedAt) {
    }

    static void require(String type, UUID eventId, Object... values) {
        for (Object value : values) {
            if (value == null) {
                throw new PoisonEventException(type + " " + eventId + " lacks a field this consumer needs");
            }
        }
    }
}
