package dev.opsdesk.benchmark.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The intake step-up search and its sustained run. */
final class IntakeOptions {

    @Option(names = "--start-rate", defaultValue = "20", description = "First step, tickets/s.")
    double startRate;

    @Option(names = "--factor", defaultValue = "1.5", description = "Rate growth between passing steps.")
    double factor;

    @Option(names = "--max-rate", defaultValue = "20000")
    double maxRate;

    @Option(names = "--refinements", description = "Bisections after the first failing step (full 3, quick 1).")
    Integer refinements;

    @Option(names = "--p99-limit-ms", defaultValue = "100", description = "A step fails above this p99.")
    double p99LimitMs;

    @Option(names = "--step", converter = DurationConverter.class, description = "Each step (full 30s, quick 8s).")
    Duration step;

    @Option(names = "--settle", converter = DurationConverter.class, description = "Pause after each step (full 5s, quick 2s).")
    Duration settle;

    @Option(names = "--drain-timeout", converter = DurationConverter.class, defaultValue = "300s",
            description = "After each step, wait up to this long until every outbox is published and no consumer"
                    + " group lags (0s: do not wait).")
    Duration drainTimeout;

    @Option(names = "--intake-warm-up", converter = DurationConverter.class, description = "Full 3m, quick 20s; 0s skips.")
    Duration warmUp;

    @Option(names = "--warm-up-rate", defaultValue = "20", description = "Rate of the warm-up, tickets/s.")
    double warmUpRate;

    @Option(names = "--sustain", converter = DurationConverter.class,
            description = "Sustained run at the highest passing rate (full 10m, quick 30s; 0s skips).")
    Duration sustain;

    @Option(names = "--sustain-attempts", defaultValue = "2", description = "Sustained runs, each at 80 %% of the failed one.")
    int sustainAttempts;

    @Option(names = "--max-in-flight", defaultValue = "500", description = "Unanswered requests at most; more are dropped.")
    int maxInFlight;

    @Option(names = "--requesters", defaultValue = "5000", description = "Requester e-mails cycled through per tenant.")
    int requesters;

    @Option(names = "--idempotency-keys", description = "Send an Idempotency-Key with every POST.")
    boolean idempotencyKeys;

    @Option(names = "--request-timeout", converter = DurationConverter.class, defaultValue = "30s")
    Duration requestTimeout;
}
