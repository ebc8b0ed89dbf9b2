package dev.opsdesk.benchmark.cli;

import dev.opsdesk.benchmark.env.LocalStack;
import dev.opsdesk.benchmark.env.MachineInfo;
import dev.opsdesk.benchmark.load.NanoClock;
import dev.opsdesk.benchmark.load.OpenLoopRunner;
import dev.opsdesk.benchmark.load.StepUpPolicy;
import dev.opsdesk.benchmark.report.ResultStore;
import dev.opsdesk.benchmark.steps.BaselineResult;
import dev.opsdesk.benchmark.steps.DashboardBenchmark;
import dev.opsdesk.benchmark.steps.DashboardResult;
import dev.opsdesk.benchmark.steps.EndToEndBenchmark;
import dev.opsdesk.benchmark.steps.EndToEndResult;
import dev.opsdesk.benchmark.steps.FootprintProbe;
import dev.opsdesk.benchmark.steps.GeneratorRun;
import dev.opsdesk.benchmark.steps.IntakeBenchmark;
import dev.opsdesk.benchmark.steps.IntakeRequests;
import dev.opsdesk.benchmark.steps.IntakeResult;
import dev.opsdesk.benchmark.steps.KafkaBaseline;
import dev.opsdesk.benchmark.steps.PgBaseline;
import dev.opsdesk.benchmark.steps.QueryResult;
import dev.opsdesk.benchmark.steps.ServiceFootprint;
import dev.opsdesk.benchmark.steps.SqlFile;
import dev.opsdesk.benchmark.steps.StackQuiet;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs each step against the stack and stores its result file. */
final class StepRunner {

    private static final Duration DRAIN = Duration.ofSeconds(30);

    private final StackOptions stack;
    private final LocalStack local;
    private final ResultStore store;
    private final MachineInfo machine;
    private final String runId;
    private final HttpClient http = dev.opsdesk.benchmark.steps.HttpClients.create();

    StepRunner(StackOptions stack) {
        this.stack = stack;
        this.local = stack.stack();
        this.store = new ResultStore(stack.resultsDir());
        this.machine = MachineInfo.collect(local);
        this.runId = stack.runId != null ? stack.runId
                : DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
    }

    ResultStore store() {
        return store;
    }

    BaselineResult baselinePg(BaselineOptions o) throws Exception {
        Profile p = stack.profile();
        int threads = o.pgThreads != null ? o.pgThreads : ServicePoolSize.of(local.repo());
        progress("B_pg: " + threads + " JDBC threads for " + Profile.or(o.duration, p.baseline()).toSeconds() + " s");
        return timed("baseline-pg", () -> new PgBaseline(stack.pg(), o.pgDatabase, threads, local)
                .run(Profile.or(o.warmUp, p.baselineWarmUp()), Profile.or(o.duration, p.baseline())));
    }

    BaselineResult baselineKafka(BaselineOptions o) throws Exception {
        Profile p = stack.profile();
        progress("B_kp: " + o.recordBytes + "-byte records for " + Profile.or(o.duration, p.baseline()).toSeconds() + " s");
        return timed("baseline-kafka", () -> new KafkaBaseline(stack.kafka, o.recordBytes, o.producer, local)
                .run(Profile.or(o.warmUp, p.baselineWarmUp()), Profile.or(o.duration, p.baseline())));
    }

    IntakeResult intake(IntakeOptions o) throws Exception {
        Profile p = stack.profile();
        StepUpPolicy policy = new StepUpPolicy(o.startRate, o.factor, o.maxRate, 1, o.refinements != null
                ? o.refinements : p.refinements(), o.p99LimitMs);
        IntakeBenchmark.Timing timing = new IntakeBenchmark.Timing(Profile.or(o.warmUp, p.intakeWarmUp()), o.warmUpRate,
                Profile.or(o.step, p.step()), Profile.or(o.settle, p.settle()), Profile.or(o.sustain, p.sustain()),
                o.sustainAttempts, 0.8, o.drainTimeout);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("endpoint", stack.ticketUrl.resolve("/api/v1/tickets").toString());
        settings.put("tenants", String.join(", ", stack.tenants));
        settings.put("requesters", o.requesters + " e-mails cycled");
        settings.put("max in flight", Integer.toString(o.maxInFlight));
        settings.put("Idempotency-Key", o.idempotencyKeys ? "yes" : "no");
        IntakeBenchmark benchmark = new IntakeBenchmark(runner(o.maxInFlight), intakeRequests(o, null), policy, timing,
                stack.pg(), local, new StackQuiet(stack.pg(), stack.kafka), StepRunner::progress);
        return timed("intake", () -> benchmark.run(settings));
    }

    EndToEndResult endToEnd(EndToEndOptions o, IntakeOptions intake, Double referenceRate) throws Exception {
        Profile p = stack.profile();
        Double reference = referenceRate != null ? referenceRate
                : store.result("intake", IntakeResult.class).map(IntakeResult::referenceRate).orElse(null);
        double rate;
        Double fraction;
        if (o.rate != null) {
            rate = o.rate;
            fraction = reference != null ? o.rate / reference : null;
        } else if (reference != null) {
            rate = Math.max(1, Math.round(reference * o.fraction));
            fraction = o.fraction;
        } else {
            throw new IllegalStateException("no intake result to take " + o.fraction + " of: run the intake step or pass --e2e-rate");
        }
        if (!intake.drainTimeout.isZero()) { // what the intake steps left behind is not this step's latency
            Double quiet = new StackQuiet(stack.pg(), stack.kafka).await(intake.drainTimeout);
            progress(quiet == null ? "e2e: the stack was NOT quiet within " + intake.drainTimeout.toSeconds() + " s"
                    : String.format("e2e: the stack was quiet after %.0f s", quiet));
        }
        EndToEndBenchmark benchmark = new EndToEndBenchmark(runner(intake.maxInFlight), stack.kafka, o.topic,
                StepRunner::progress);
        return timed("e2e", () -> benchmark.run(rate, fraction, Profile.or(o.duration, p.endToEnd()),
                Profile.or(o.wait, p.assignmentWait()), runId, listener -> intakeRequests(intake, listener)));
    }

    DashboardResult dashboard(DashboardOptions o) throws Exception {
        Profile p = stack.profile();
        DashboardBenchmark benchmark = new DashboardBenchmark(local, StepRunner::progress);
        return timed("dashboard", () -> {
            GeneratorRun generator = o.generatorCommand == null ? null : benchmark.generate(o.generatorCommand, o.generatorTimeout);
            List<URI> urls = o.urls.isEmpty() ? List.of(URI.create("http://127.0.0.1:8084/api/v1/reports/ticket-volume")) : o.urls;
            Duration duration = Profile.or(o.duration, p.dashboard());
            List<QueryResult> http = benchmark.http(runner(64), this.http, urls, local.token(o.tenant, o.role), o.rate,
                    duration);
            List<QueryResult> sql = o.sqlFile == null ? List.of()
                    : benchmark.sql(stack.pg(), o.database, SqlFile.parse(Files.readString(o.sqlFile)), 2, o.sqlRuns);
            Double worst = java.util.stream.Stream.concat(http.stream(), sql.stream())
                    .filter(q -> q.latency().count() > 0).mapToDouble(q -> q.latency().p95()).boxed()
                    .max(Double::compare).orElse(null);
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("HTTP", urls.size() + " endpoint(s), " + o.rate + "/s each for " + duration.toSeconds()
                    + " s, token " + o.tenant + "/" + o.role + ", p95 from intended start");
            settings.put("SQL", o.sqlFile == null ? "none" : o.sqlFile + " on database " + o.database + ", " + o.sqlRuns
                    + " runs each after 2 warm-ups, one connection");
            return new DashboardResult(generator, http, sql, worst, settings);
        });
    }

    List<ServiceFootprint> services(ServicesOptions o) throws Exception {
        boolean restart = o.restart != null ? o.restart : stack.profile().restartServices();
        Map<String, Integer> ports = Map.of("ticket-service", 8081, "routing-service", 8082, "qa-service", 8083,
                "reporting-service", 8084);
        progress("services: start-up and RSS" + (restart ? " (restarting each)" : ""));
        return timed("services", () -> new FootprintProbe(local, ports, StepRunner::progress).measure(restart));
    }

    private IntakeRequests intakeRequests(IntakeOptions o, IntakeRequests.CreatedListener listener) {
        List<String> tokens = stack.tenants.stream().map(t -> local.token(t, "agent")).toList();
        return new IntakeRequests(http, stack.ticketUrl, tokens, runId, o.requesters, o.idempotencyKeys,
                o.requestTimeout, listener);
    }

    private static OpenLoopRunner runner(int maxInFlight) {
        return new OpenLoopRunner(NanoClock.SYSTEM, maxInFlight, DRAIN);
    }

    @FunctionalInterface
    interface Step<T> {
        T run() throws Exception;
    }

    private <T> T timed(String name, Step<T> step) throws Exception {
        String started = now();
        T result = step.run();
        store.write(name, new ResultStore.RunInfo(runId, stack.profile().name(), started, now(),
                MachineInfo.currentLoadAverage()), machine, result);
        progress(name + ": stored in " + store.dir().resolve(name + ".json"));
        return result;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static void progress(String line) {
        System.out.println("[" + DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(Instant.now())
                + "] " + line);
    }
}
