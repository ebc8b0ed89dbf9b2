package dev.opsdesk.routing.domain;

/** Where a ticket stands for routing: waiting in a group queue, owned by an agent, or done. */
public enum TicketState {
    QUEUED, ASSIGNED, CLOSED
}
