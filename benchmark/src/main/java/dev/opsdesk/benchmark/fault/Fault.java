package dev.opsdesk.benchmark.fault;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What the fault test breaks, in the order it breaks them; {@code component} names the stack's pid file. */
public enum Fault {
    TICKET_SERVICE("ticket-service", "kill -9 ticket-service"),
    ROUTING_SERVICE("routing-service", "kill -9 routing-service"),
    QA_SERVICE("qa-service", "kill -9 qa-service"),
    REPORTING_SERVICE("reporting-service", "kill -9 reporting-service"),
    KAFKA("kafka", "kill -9 the Kafka broker"),
    POSTGRES("postgres", "stop PostgreSQL (fast shutdown: SIGINT to the postmaster)");

    private final String component;
    private final String action;

    Fault(String component, String action) {
        this.component = component;
        this.action = action;
    }

    public String component() {
        return component;
    }

    public String action() {
        return action;
    }

    /** By its component name: {@code ticket-service}, …, {@code kafka}, {@code postgres}. */
    public static Fault of(String component) {
        return Arrays.stream(values()).filter(f -> f.component.equals(component.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault '" + component + "' (one of "
                        + Arrays.stream(values()).map(Fault::component).collect(Collectors.joining(", ")) + ")"));
    }
}
