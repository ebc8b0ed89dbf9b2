package dev.opsdesk.benchmark.cli;

import dev.opsdesk.benchmark.env.LocalStack;
import dev.opsdesk.benchmark.steps.PgConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the local stack is and how long steps run (every step command has these). */
final class StackOptions {

    @Option(names = "--quick", description = "Short steps: everything in about 3-5 minutes (default: full mode, 25-45 min).")
    boolean quick;

    @Option(names = "--repo", description = "Repository root (default: found above the working folder).")
    Path repo;

    @Option(names = "--results", description = "Folder of the step results (default: <repo>/benchmark/target/results).")
    Path results;

    @Option(names = "--run-id", description = "Id of this run (default: a timestamp); marks the tickets it creates.")
    String runId;

    @Option(names = "--ticket-url", defaultValue = "http://127.0.0.1:8081", description = "ticket-service base URL.")
    URI ticketUrl;

    @Option(names = "--kafka", defaultValue = "127.0.0.1:9092", description = "Kafka bootstrap servers.")
    String kafka;

    @Option(names = "--pg-host", defaultValue = "127.0.0.1")
    String pgHost;

    @Option(names = "--pg-port", defaultValue = "55432")
    int pgPort;

    @Option(names = "--pg-user", defaultValue = "opsdesk")
    String pgUser;

    @Option(names = "--pg-password", defaultValue = "opsdesk")
    String pgPassword;

    @Option(names = "--tenants", split = ",", defaultValue = "crazysales,zalora,ozon,festival",
            description = "Tenants the intake posts for, in turn (tokens from deploy/local/token).")
    List<String> tenants;

    LocalStack stack() {
        return LocalStack.find(repo);
    }

    Path resultsDir() {
        return results != null ? results : stack().repo().resolve("benchmark/target/results");
    }

    PgConnection pg() {
        return new PgConnection(pgHost, pgPort, pgUser, pgPassword);
    }

    Profile profile() {
        return Profile.of(quick);
    }
}
