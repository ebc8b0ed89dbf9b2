package dev.opsdesk.ticket.domain;

/** Who makes a change: a user (token subject) or the system. */
public record Actor(String id) {

    public static final Actor SYSTEM = new Actor("system");
}
