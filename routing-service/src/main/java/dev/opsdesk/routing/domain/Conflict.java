package dev.opsdesk.routing.domain;

/** The request clashes with what exists (e.g. an id already taken, a ticket no longer in the queue). */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
