package dev.opsdesk.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "opsdesk.outbox")
public interface OutboxConfig {

    /** How often the relay looks for unpublished events (also read by the scheduler). */
    Duration pollInterval();

    /** Most events published per relay round. */
    @WithDefault("500")
    int batchSize();

    /** How long a round waits for the broker's acknowledgements before retrying later. */
    @WithDefault("15s")
    Duration sendTimeout();
}
