package dev.opsdesk.routing.domain;

/** What made routing decide now (routing.assignment-decided {@code trigger}). */
public enum Trigger {
    TICKET_CREATED, TICKET_CLASSIFIED, BACKLOG_DRAIN, SLA_ESCALATION, REQUEUE, MANUAL_REROUTE
}
