package dev.opsdesk.benchmark.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Dashboard queries: HTTP endpoints, SQL file, data generator. */
final class DashboardOptions {

    @Option(names = "--dashboard-url", description = "Dashboard endpoint to time (repeatable; default: "
            + "http://127.0.0.1:8084/api/v1/reports/ticket-volume).")
    List<URI> urls = new ArrayList<>();

    @Option(names = "--dashboard-rate", defaultValue = "5", description = "Requests/s per endpoint (open loop).")
    double rate;

    @Option(names = "--dashboard-duration", converter = DurationConverter.class, description = "Per endpoint: full 60s, quick 10s.")
    Duration duration;

    @Option(names = "--dashboard-tenant", defaultValue = "crazysales")
    String tenant;

    @Option(names = "--dashboard-role", defaultValue = "supervisor")
    String role;

    @Option(names = "--dashboard-sql", description = "File of SQL statements (`-- name: X` before each) to time.")
    Path sqlFile;

    @Option(names = "--dashboard-db", defaultValue = "reporting", description = "Database the SQL runs against.")
    String database;

    @Option(names = "--sql-runs", defaultValue = "20", description = "Timed runs of each statement (after 2 warm-ups).")
    int sqlRuns;

    @Option(names = "--generator-cmd", description = "Command (bash -c, in the repository) that loads the data first, "
            + "e.g. the reporting-service's generator of 10 M activity rows; skipped when absent.")
    String generatorCommand;

    @Option(names = "--generator-timeout", converter = DurationConverter.class, defaultValue = "60m")
    Duration generatorTimeout;
}
