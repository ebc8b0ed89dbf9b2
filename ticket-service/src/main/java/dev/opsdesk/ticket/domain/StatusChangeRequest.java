package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.Set;

/**
 * What the service knows when a status change is asked for: whether a public reply goes out in
 * the same update, whether staff replied publicly since the current status was entered, which
 * warn-level rules the agent overrides (with a reason), the reminder due date if one is asked, and
 * which note templates the ticket already has notes in (R16).
 */
public record StatusChangeRequest(String targetCode, boolean replyInSameUpdate, boolean staffRepliedSinceEntered,
                                  Set<String> overriddenRules, String overrideReason, Instant reminderDueAt,
                                  boolean bySystem, Set<String> noteTemplatesPresent) {
}
