package dev.opsdesk.reporting.messaging.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** This service's own readings of the ticket.* events it uses (event-contracts/schemas/ticket.*.json). */
public final class TicketEvents {

    private TicketEvents() {
    }

    public record Created(UUID ticketId, String tenantId, String channel, String subject, String status,
                          String statusCode, String store, String origin, UUID customerId, Instant createdAt)
            implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "ticket.created", "ticketId", ticketId, "tenantId", tenantId,
                    "channel", channel, "status", status, "createdAt", createdAt);
        }
    }

    public record MessageAdded(UUID ticketId, String tenantId, String authorType, String visibility,
                               Instant createdAt) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "ticket.message-added", "ticketId", ticketId, "tenantId", tenantId,
                    "authorType", authorType, "visibility", visibility, "createdAt", createdAt);
        }

        public boolean isPublicStaffReply() {
            return "STAFF".equals(authorType) && "PUBLIC".equals(visibility);
        }
    }

    public record Status(String code, String category) {
    }

    public record StatusChanged(UUID ticketId, String tenantId, Status from, Status to, Instant changedAt)
            implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "ticket.status-changed", "ticketId", ticketId, "tenantId", tenantId,
                    "from", from, "to", to, "changedAt", changedAt);
            EventData.require(eventId, "ticket.status-changed", "to.code", to.code(), "to.category", to.category(),
                    "from.category", from.category());
        }
    }

    public record Resolved(UUID ticketId, String tenantId, String resolution, String category, String status,
                           List<String> topics, Instant resolvedAt) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "ticket.resolved", "ticketId", ticketId, "tenantId", tenantId,
                    "resolution", resolution, "category", category, "status", status, "topics", topics,
                    "resolvedAt", resolvedAt);
        }
    }

    public record Classified(UUID ticketId, String tenantId, List<String> topics, Instant classifiedAt)
            implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "ticket.classified", "ticketId", ticketId, "tenantId", tenantId,
                    "topics", topics, "classifiedAt", classifiedAt);
        }
    }

    public record Assigned(UUID ticketId, String tenantId, String ownerAfter, String groupAfter, Instant assignedAt)
            implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "ticket.assigned", "ticketId", ticketId, "tenantId", tenantId,
                    "assignedAt", assignedAt);
        }
    }

    public record Merged(UUID ticketId, String tenantId, List<UUID> sourceTicketIds, Instant mergedAt)
            implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "ticket.merged", "ticketId", ticketId, "tenantId", tenantId,
                    "sourceTicketIds", sourceTicketIds, "mergedAt", mergedAt);
        }
    }

    public record Unmerged(UUID ticketId, String tenantId, List<UUID> sourceTicketIds, Instant unmergedAt)
            implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "ticket.unmerged", "ticketId", ticketId, "tenantId", tenantId,
                    "sourceTicketIds", sourceTicketIds, "unmergedAt", unmergedAt);
        }
    }

    public record ActivityLogged(UUID activityId, UUID ticketId, String tenantId, String agentId, String taskCategory,
                                 Integer categoryRow, Integer standardMinutes, Integer actualSeconds, String channel,
                                 String channelKind, Instant loggedAt) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "ticket.activity-logged", "activityId", activityId, "tenantId", tenantId,
                    "agentId", agentId, "taskCategory", taskCategory, "categoryRow", categoryRow,
                    "standardMinutes", standardMinutes, "actualSeconds", actualSeconds, "loggedAt", loggedAt);
        }
    }
}
