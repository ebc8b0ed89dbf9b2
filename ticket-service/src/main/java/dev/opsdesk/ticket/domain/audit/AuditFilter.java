package dev.opsdesk.ticket.domain.audit;

import java.time.Instant;

/** What an audit query narrows to; null fields do not narrow. {@code before} is the keyset cursor (an entry id). */
public record AuditFilter(String entityType, String entityId, String action, String actor, Instant since,
                          Instant until, Long before) {
}
