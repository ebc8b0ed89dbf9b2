package dev.opsdesk.ticket.domain.merge;

import java.util.List;

/** What a merge does to the target (§4.5 matrix): its status afterwards, its owner, who is told. */
public record MergeOutcome(String targetStatus, String targetOwner, List<Notification> notifications, String rule) {

    /** R43, A9: a courtesy notice, naming the tickets merged. */
    public record Notification(String recipient, String reason) {
    }
}
