package dev.opsdesk.ticket.domain;

/** Canonical status categories (DOMAIN.md §2.3); tenant status labels map onto these. */
public enum TicketStatus {
    NEW,
    AGENT_ACTION,
    WAITING_CUSTOMER,
    WAITING_INTERNAL,
    SOLVED,
    SOLVED_EXTERNAL,
    CLOSED_NO_ACTION,
    MERGED,
    TRANSFERRED
}
