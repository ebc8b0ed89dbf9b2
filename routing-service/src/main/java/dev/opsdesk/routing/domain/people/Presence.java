package dev.opsdesk.routing.domain.people;

/** An agent's availability; only ONLINE agents receive tickets. */
public enum Presence {
    ONLINE, AWAY, OFFLINE
}
