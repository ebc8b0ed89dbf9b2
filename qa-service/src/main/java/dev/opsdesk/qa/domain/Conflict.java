package dev.opsdesk.qa.domain;

/** The request clashes with the current state (an evaluation that already exists, an open dispute). */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
