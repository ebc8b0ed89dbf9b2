package dev.opsdesk.routing.domain;

/** Ticket priority as ticket.classified carries it; the backlog drains the highest rank first. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public int rank() {
        return ordinal();
    }
}
