package dev.opsdesk.qa.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.qa.domain.audit.AuditLogEntry;
import java.time.Instant;
import java.util.List;

/** A page of the audit log, newest first; {@code nextCursor} is null on the last page. */
public record AuditLogView(List<Entry> items, String nextCursor) {

    public record Entry(String id, Instant occurredAt, String actor, String action, String entityType,
                        String entityId, JsonNode before, JsonNode after) {
        static Entry of(AuditLogEntry e) {
            return new Entry(Long.toString(e.id()), e.occurredAt(), e.actor(), e.action(), e.entityType(),
                    e.entityId(), e.before(), e.after());
        }
    }
}
