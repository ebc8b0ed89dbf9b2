package dev.opsdesk.routing.domain.sla;

/** What a breach of the policy does besides the event: nothing, reassign the ticket, or notify the supervisor role. */
public enum Escalation {
    NONE, REASSIGN, NOTIFY_SUPERVISOR
}
