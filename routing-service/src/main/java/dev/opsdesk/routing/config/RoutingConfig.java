package dev.opsdesk.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "opsdesk.routing")
public interface RoutingConfig {

    /** The routing templates shipped in src/main/resources/routing-templates, checked at start-up. */
    @WithDefault("default,crazysales,zalora,ozon,festival")
    List<String> templates();

    /** The template of tenants routing hears of before anyone set them up. */
    @WithDefault("default")
    String fallbackTemplate();

    /** Tenants set up from the template of the same name at start-up when missing (OPSDESK_ROUTING_BOOTSTRAP). */
    Optional<List<String>> bootstrap();

    /** Most queued tickets one backlog drain looks at. */
    @WithDefault("500")
    int drainLimit();

    /**
     * Most ticket ids one routing.queue-spike-detected lists (the event's ticketCount counts them
     * all): an alert is re-published as it grows, and a whole list of thousands each time was most
     * of what routing published under a flood (issue 9).
     */
    @WithDefault("1000")
    int alertEventTickets();

    /** Least time between two publications of a growing alert that has not doubled (0 in tests, which tick by hand). */
    @WithDefault("PT1M")
    Duration alertRepublishInterval();

    Ticker ticker();

    interface Ticker {
        /** Time-driven work (SLA warnings and breaches, end of day, alerts, backlog): off in tests, which tick by hand. */
        @WithDefault("true")
        boolean enabled();
    }
}
