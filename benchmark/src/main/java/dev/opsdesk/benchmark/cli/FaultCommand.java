package dev.opsdesk.benchmark.cli;

import dev.opsdesk.benchmark.env.LocalStack;
import dev.opsdesk.benchmark.fault.Fault;
import dev.opsdesk.benchmark.fault.FaultMarkdown;
import dev.opsdesk.benchmark.fault.FaultReport;
import dev.opsdesk.benchmark.fault.FaultSettings;
import dev.opsdesk.benchmark.fault.FaultTest;
import dev.opsdesk.benchmark.report.ResultStore;
import dev.opsdesk.benchmark.steps.PgConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code deploy/local/fault [options]}: the fault-injection test of issue 8 on the running local stack. */
@Command(name = "fault", mixinStandardHelpOptions = true,
        description = {"Steady load on the running local stack while each service, the Kafka broker and PostgreSQL "
                + "fail in turn and come back; 1 %% poison records; then checks that no accepted ticket was lost or "
                + "duplicated. Writes docs/fault-tests/<yyyyMMdd-HHmm>.md and .json.",
                "Exit code: 0 all checks passed, 1 a ticket was lost or duplicated, 2 another check failed, "
                        + "3 the test could not run."})
public final class FaultCommand implements Callable<Integer> {

    @Option(names = "--repo", description = "Repository root (default: found above the working folder).")
    Path repo;

    @Option(names = "--out", description = "Report folder (default: <repo>/docs/fault-tests).")
    Path out;

    @Option(names = "--rate", defaultValue = "6",
            description = "Tickets per second (default ${DEFAULT-VALUE}: at 15/s on the 2-core development machine routing"
                    + " did not work off a 10-second outage's backlog within 3 minutes; docs/fault-tests/README.md).")
    double rate;

    @Option(names = "--poison-every", defaultValue = "100",
            description = "One poison record per N requests (default ${DEFAULT-VALUE}: 1 %%).")
    int poisonEvery;

    @Option(names = "--faults", split = ",",
            defaultValue = "ticket-service,routing-service,qa-service,reporting-service,kafka,postgres",
            description = "Faults in order (default ${DEFAULT-VALUE}).")
    List<String> faults;

    @Option(names = "--warm-up", converter = DurationConverter.class, defaultValue = "30s")
    Duration warmUp;

    @Option(names = "--down-for", converter = DurationConverter.class, defaultValue = "10s",
            description = "How long a component stays down before deploy/local/up (default ${DEFAULT-VALUE}).")
    Duration downFor;

    @Option(names = "--settle", converter = DurationConverter.class, defaultValue = "15s",
            description = "Steady load after a fault's catch-up, before the next fault (default ${DEFAULT-VALUE}).")
    Duration settle;

    @Option(names = "--catch-up-timeout", converter = DurationConverter.class, defaultValue = "180s")
    Duration catchUpTimeout;

    @Option(names = "--drain-timeout", converter = DurationConverter.class, defaultValue = "180s")
    Duration drainTimeout;

    @Option(names = "--request-timeout", converter = DurationConverter.class, defaultValue = "10s")
    Duration requestTimeout;

    @Option(names = "--max-in-flight", defaultValue = "2000")
    int maxInFlight;

    @Option(names = "--agents", defaultValue = "3", description = "Agents online in the run's tenant (default ${DEFAULT-VALUE}).")
    int agents;

    @Option(names = "--refused-fast-ms", defaultValue = "1000",
            description = "p99 a 503 may take while PostgreSQL is down (default ${DEFAULT-VALUE}).")
    double refusedFastMs;

    @Option(names = "--kafka", defaultValue = "127.0.0.1:9092")
    String kafka;

    @Option(names = "--pg-port", defaultValue = "55432")
    int pgPort;

    @Override
    public Integer call() {
        // the clients retry through the broker's outage on purpose: one line per refused connection is noise
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        LocalStack local = LocalStack.find(repo);
        Instant start = Instant.now();
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(start);
        FaultSettings settings = new FaultSettings(rate, poisonEvery, warmUp, downFor, settle, catchUpTimeout, drainTimeout,
                requestTimeout, maxInFlight, faults.stream().map(Fault::of).toList(), agents, refusedFastMs, 5000);
        FaultTest.Stack stack = new FaultTest.Stack(local, URI.create("http://127.0.0.1:8081"),
                URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8084"), kafka,
                new PgConnection("127.0.0.1", pgPort, "opsdesk", "opsdesk"));
        try {
            FaultReport report = new FaultTest(stack, settings, StepRunner::progress)
                    .run(runId, local.repo().resolve("benchmark/target/fault-" + runId));
            Path dir = out != null ? out : local.repo().resolve("docs/fault-tests");
            Files.createDirectories(dir);
            String name = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC).format(start);
            ResultStore.JSON.writeValue(dir.resolve(name + ".json").toFile(), report);
            Files.writeString(dir.resolve(name + ".md"), FaultMarkdown.render(report));
            report.checks().forEach(c -> System.out.println(c.verdict() + "  " + c.name() + ": " + c.detail()));
            StepRunner.progress(report.verdict() + ": " + report.findings().lost() + " lost, "
                    + report.findings().duplicated() + " duplicated; report " + dir.resolve(name + ".md"));
            return report.exitCode();
        } catch (Exception e) {
            System.err.println("fault test could not run: " + e);
            e.printStackTrace();
            return 3;
        }
    }
}
