package dev.opsdesk.qa.domain.evaluation;

import dev.opsdesk.qa.domain.QaEvent;
import dev.opsdesk.qa.domain.scorecard.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code qa.evaluation-completed} (event-contracts/schemas/qa.evaluation-completed.json):
 * every revision of an evaluation, same evaluationId, higher revision. {@code items} holds the items
 * with a result; {@code unscoredItems}, {@code tenantChannel} and {@code cause} are optional fields
 * this service adds.
 */
public record EvaluationCompleted(
        UUID eventId,
        UUID evaluationId,
        int revision,
        String tenantId,
        UUID ticketId,
        String channel,
        String tenantChannel,
        String scorecardId,
        int scorecardVersion,
        String kind,
        String cause,
        String agentId,
        String reviewerId,
        BigDecimal score,
        BigDecimal scoreWithDefaults,
        boolean criticalFail,
        int unscoredItems,
        List<Item> items,
        Instant completedAt) implements QaEvent {

    public static final String TYPE = "qa.evaluation-completed";

    public record Item(String itemId, String section, Severity severity, Result result, Provenance provenance) {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Instant occurredAt() {
        return completedAt;
    }
}
