package dev.opsdesk.ticket.domain;

/** The request clashes with what exists (e.g. a tenant id already taken). */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
