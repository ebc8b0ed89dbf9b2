package dev.opsdesk.routing.domain;

/** ASSIGNED: an agent owns the ticket. QUEUED: it waits in a group queue for the backlog drain. */
public enum Outcome {
    ASSIGNED, QUEUED
}
