package dev.opsdesk.reporting.messaging.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** This service's own readings of the routing.* events it uses (event-contracts/schemas/routing.*.json). */
public final class RoutingEvents {

    private RoutingEvents() {
    }

    public record AssignmentDecided(UUID decisionId, UUID ticketId, String tenantId, String outcome, String agentId,
                                    String groupId, Instant decidedAt) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "routing.assignment-decided", "ticketId", ticketId, "tenantId", tenantId,
                    "outcome", outcome, "decidedAt", decidedAt);
        }

        public boolean assigned() {
            return "ASSIGNED".equals(outcome);
        }
    }

    public record TicketRequeued(UUID ticketId, String tenantId, String fromAgentId, String toGroupId,
                                 Instant requeuedAt) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "routing.ticket-requeued", "ticketId", ticketId, "tenantId", tenantId,
                    "requeuedAt", requeuedAt);
        }
    }

    public record QueueSpikeDetected(UUID alertId, String tenantId, String queue, String kind, String pattern,
                                     BigDecimal threshold, BigDecimal observed, List<UUID> ticketIds,
                                     Long ticketCount, String recipientRole, Instant detectedAt) implements EventData {
        /** The alert's size: ticketIds lists only the first 1,000 (older events have no ticketCount). */
        public long size() {
            return ticketCount != null ? ticketCount : ticketIds.size();
        }

        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "routing.queue-spike-detected", "alertId", alertId, "tenantId", tenantId,
                    "queue", queue, "kind", kind, "threshold", threshold, "observed", observed,
                    "ticketIds", ticketIds, "recipientRole", recipientRole, "detectedAt", detectedAt);
        }
    }

    public record AlertAcknowledged(UUID alertId, String tenantId, String acknowledgedBy, Instant acknowledgedAt)
            implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "routing.alert-acknowledged", "alertId", alertId, "tenantId", tenantId,
                    "acknowledgedBy", acknowledgedBy, "acknowledgedAt", acknowledgedAt);
        }
    }

    public record SlaTimerChanged(UUID ticketId, String tenantId, String policyId, String metric, String state,
                                  Instant dueAt, Instant changedAt) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "routing.sla-timer-changed", "ticketId", ticketId, "tenantId", tenantId,
                    "policyId", policyId, "metric", metric, "state", state, "changedAt", changedAt);
        }
    }

    public record SlaWarning(UUID ticketId, String tenantId, String policyId, String metric, Instant dueAt,
                             Instant warnedAt) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "routing.sla-warning", "ticketId", ticketId, "tenantId", tenantId,
                    "policyId", policyId, "metric", metric, "dueAt", dueAt, "warnedAt", warnedAt);
        }
    }

    public record SlaBreached(UUID ticketId, String tenantId, String policyId, String metric, String ownerId,
                              Instant dueAt, Instant breachedAt, String escalation, String rule) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "routing.sla-breached", "ticketId", ticketId, "tenantId", tenantId,
                    "policyId", policyId, "metric", metric, "dueAt", dueAt, "breachedAt", breachedAt,
                    "escalation", escalation);
        }
    }
}
