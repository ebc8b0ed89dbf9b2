package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.AuditEntry;
import java.time.Instant;

public record AuditView(String actor, String action, String before, String after, String reason, Instant at) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.actor, e.action, e.before, e.after, e.reason, e.at);
    }
}
