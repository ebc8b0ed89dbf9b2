package dev.opsdesk.benchmark.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** B_pg and B_kp. */
final class BaselineOptions {

    @Option(names = "--pg-threads", description = "JDBC threads for B_pg (default: ticket-service's pool size).")
    Integer pgThreads;

    @Option(names = "--pg-database", defaultValue = "ticket",
            description = "Database whose scratch schema B_pg writes (benchmark_scratch, dropped afterwards).")
    String pgDatabase;

    @Option(names = "--baseline-duration", converter = DurationConverter.class,
            description = "Measured time of each baseline (full 60s, quick 12s).")
    Duration duration;

    @Option(names = "--baseline-warm-up", converter = DurationConverter.class, description = "Full 10s, quick 3s.")
    Duration warmUp;

    @Option(names = "--kp-record-bytes", defaultValue = "1024")
    int recordBytes;

    @Option(names = "--kp-producer", description = "Extra producer settings for B_kp, e.g. linger.ms=5.")
    Map<String, String> producer = new LinkedHashMap<>();
}
