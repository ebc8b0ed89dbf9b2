package dev.opsdesk.routing.messaging.out;

/** Fired inside the writing transaction; observed after commit to wake the relay at once. */
public record OutboxAppended(int count) {
}
