package dev.opsdesk.qa.domain.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One configuration change: who made it, when, to what, and the entity before and after (secrets masked). */
public record AuditLogEntry(long id, String tenantId, Instant occurredAt, String actor, String action,
                            String entityType, String entityId, JsonNode before, JsonNode after) {
}
