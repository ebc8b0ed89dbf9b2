package dev.opsdesk.qa.domain.evaluation;

import dev.opsdesk.qa.domain.QaEvent;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code qa.autoqa-flagged} (event-contracts/schemas/qa.autoqa-flagged.json): one AutoQA
 * defect, naming its rule and quoting its span. {@code check}, {@code noteId} and
 * {@code evaluationId} are optional fields this service adds.
 */
public record AutoQaFlagged(
        UUID eventId,
        UUID findingId,
        String tenantId,
        UUID ticketId,
        UUID messageId,
        UUID noteId,
        String agentId,
        String rule,
        String check,
        String itemId,
        Outcome outcome,
        String language,
        String quote,
        Integer spanStart,
        Integer spanEnd,
        String explanation,
        UUID evaluationId,
        Instant flaggedAt) implements QaEvent {

    public static final String TYPE = "qa.autoqa-flagged";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Instant occurredAt() {
        return flaggedAt;
    }
}
