package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.worklog.WorkLog;
import java.time.Instant;
import java.util.UUID;

public record ActivityView(UUID id, UUID ticketId, String agentId, String taskCategory, int categoryRow,
                           int standardMinutes, int actualSeconds, String channel, String callOutcome,
                           String ebayCaseId, String subCategory, Instant loggedAt) {

    static ActivityView of(WorkLog w) {
        return new ActivityView(w.id, w.ticketId, w.agentId, w.taskCategory, w.categoryRow, w.standardMinutes,
                w.actualSeconds, w.channel, w.callOutcome == null ? null : w.callOutcome.name(), w.ebayCaseId,
                w.subCategory, w.loggedAt);
    }
}
