package dev.opsdesk.benchmark.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** ticket.created → ticket.assigned. */
final class EndToEndOptions {

    @Option(names = "--e2e-rate", description = "Rate of the end-to-end step (default: --e2e-fraction of the intake result).")
    Double rate;

    @Option(names = "--e2e-fraction", defaultValue = "0.5", description = "Share of the intake's sustained rate.")
    double fraction;

    @Option(names = "--e2e-duration", converter = DurationConverter.class, description = "Full 2m, quick 20s.")
    Duration duration;

    @Option(names = "--e2e-wait", converter = DurationConverter.class,
            description = "How long to wait for the last assignments after the load (full 60s, quick 15s).")
    Duration wait;

    @Option(names = "--e2e-topic", defaultValue = "ticket-events")
    String topic;
}
