package dev.opsdesk.ticket.domain.worklog;

/**
 * What an agent asks to log: one task category label, the actual duration, and the facts the
 * category rules read (channel, outcome of an outbound call, eBay case, sub-category). Every field
 * but the first two may be null.
 */
public record WorkItem(String taskCategory, int durationSeconds, String channel, CallOutcome callOutcome,
                       String ebayCaseId, String subCategory) {
}
