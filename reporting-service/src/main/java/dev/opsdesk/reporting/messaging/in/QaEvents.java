package dev.opsdesk.reporting.messaging.in;

import dev.opsdesk.reporting.domain.EvaluationSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** This service's own readings of the qa.* events it uses (event-contracts/schemas/qa.*.json). */
public final class QaEvents {

    private QaEvents() {
    }

    public record EvaluationCompleted(UUID evaluationId, Integer revision, String tenantId, UUID ticketId,
                                      String channel, String kind, String agentId, BigDecimal score,
                                      BigDecimal scoreWithDefaults, Boolean criticalFail,
                                      List<EvaluationSummary.Item> items, Instant completedAt) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "qa.evaluation-completed", "evaluationId", evaluationId, "revision", revision,
                    "tenantId", tenantId, "ticketId", ticketId, "channel", channel, "kind", kind,
                    "criticalFail", criticalFail, "items", items, "completedAt", completedAt);
            for (EvaluationSummary.Item item : items) {
                EventData.require(eventId, "qa.evaluation-completed", "items[].itemId", item.itemId(),
                        "items[].severity", item.severity(), "items[].result", item.result(),
                        "items[].provenance", item.provenance());
            }
        }
    }

    public record AutoqaFlagged(UUID findingId, String tenantId, UUID ticketId, String agentId, String rule,
                                String itemId, String outcome, Instant flaggedAt) implements EventData {
        @Override
        public void requireComplete(UUID eventId) {
            EventData.require(eventId, "qa.autoqa-flagged", "findingId", findingId, "tenantId", tenantId,
                    "ticketId", ticketId, "rule", rule, "outcome", outcome, "flaggedAt", flaggedAt);
        }
    }
}
