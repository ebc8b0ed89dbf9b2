package dev.opsdesk.ticket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service behaves while PostgreSQL is unreachable (docs/resilience.md). */
@ConfigMapping(prefix = "opsdesk.database-outage")
public interface DatabaseOutageConfig {

    /** The Retry-After of the 503 {@code database-unavailable} answer. */
    @WithDefault("5s")
    Duration retryAfter();

    /** While the database is marked unavailable, how often a background probe tries a new connection. */
    @WithDefault("0.5s")
    Duration probeInterval();

    /** A consumer's first wait before it applies a record again after a transient database failure. */
    @WithDefault("0.2s")
    Duration backoffInitial();

    /** The longest wait between two attempts; the wait doubles up to it, for as long as the outage lasts. */
    @WithDefault("5s")
    Duration backoffMax();
}
