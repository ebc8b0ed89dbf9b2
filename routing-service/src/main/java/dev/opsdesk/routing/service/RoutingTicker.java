package dev.opsdesk.routing.service;

import dev.opsdesk.routing.config.RoutingConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Runs every tenant's time-driven work once a second (Quarkus' scheduler cannot fire more often, which is enough here). */
@ApplicationScoped
public class RoutingTicker {

    private static final Logger LOG = Logger.getLogger(RoutingTicker.class);

    private final Ticks ticks;
    private final RoutingConfig config;
    private final Clock clock;

    RoutingTicker(Ticks ticks, RoutingConfig config, Clock clock) {
        this.ticks = ticks;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.ticker().enabled()) {
            return;
        }
        Instant now = clock.instant();
        for (String tenant : ticks.tenants()) {
            try {
                ticks.tick(tenant, now);
            } catch (RuntimeException e) {
                LOG.warnf("time-driven routing work of tenant %s failed, retrying next tick: %s", tenant, e.getMessage());
            }
        }
    }
}
