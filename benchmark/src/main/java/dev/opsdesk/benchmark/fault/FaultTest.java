package dev.opsdesk.benchmark.fault;

import dev.opsdesk.benchmark.env.LocalStack;
import dev.opsdesk.benchmark.env.MachineInfo;
import dev.opsdesk.benchmark.load.NanoClock;
import dev.opsdesk.benchmark.steps.HttpClients;
import dev.opsdesk.benchmark.steps.IntakeRequests;
import dev.opsdesk.benchmark.steps.PgConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The fault test: a tenant of its own, steady load with poison, each fault in turn with its
 * restart and catch-up, a retry of every request that got no 2xx, the drain, then the checks.
 */
public final class FaultTest {

    /** Where the stack is. */
    public record Stack(LocalStack local, URI ticketUrl, URI routingUrl, URI reportingUrl, String kafka, PgConnection pg) {
    }

    private final Stack stack;
    private final FaultSettings settings;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClients.create();
    private final Databases db;
    private final KafkaChecks kafka;
    private final List<String> notes = new ArrayList<>();

    public FaultTest(Stack stack, FaultSettings settings, Consumer<String> progress) {
        this.stack = stack;
        this.settings = settings;
        this.progress = progress;
        this.db = new Databases(stack.pg());
        this.kafka = new KafkaChecks(stack.kafka());
    }

    public FaultReport run(String runId, Path workDir) throws Exception {
        String started = now();
        MachineInfo machine = MachineInfo.collect(stack.local());
        String tenant = "fault-" + runId.toLowerCase();
        StackFaults faults = new StackFaults(stack.local(), workDir, http);
        faults.requireRunning(settings.faults());
        TenantSetup setup = new TenantSetup(http, stack.local(), stack.ticketUrl(), stack.routingUrl(), stack.reportingUrl());
        progress.accept("tenant " + tenant + " with " + settings.agents() + " agents online in routing");
        setup.create(tenant, "crazysales", "crazysales", settings.agents());
        Map<Integer, Long> ticketEventsFrom = kafka.endOffsets("ticket-events");

        IntakeLedger ledger = new IntakeLedger(NanoClock.SYSTEM);
        List<String> tokens = List.of(stack.local().token(tenant, "agent"));
        IntakeRequests intake = new IntakeRequests(http, stack.ticketUrl(), tokens, runId, "fault", settings.requesters(),
                true, settings.requestTimeout(), null, ledger);
        List<FaultWindow> windows = new ArrayList<>();
        List<Poison> poison;
        List<String> poisonFailures;
        try (PoisonInjector injector = new PoisonInjector(stack.kafka(), runId)) {
            FaultLoad load = new FaultLoad(settings.maxInFlight(), intake, injector, settings.rate(), settings.poisonEvery());
            progress.accept(String.format("load: %.0f tickets/s, warm-up %d s", settings.rate(), settings.warmUp().toSeconds()));
            load.start();
            Thread.sleep(settings.warmUp().toMillis());
            if (ledger.acceptedBy(System.nanoTime()) == 0) {
                load.stop();
                throw new IllegalStateException("no ticket accepted during the warm-up: " + ledger.answers().stream()
                        .limit(3).map(a -> a.status() + " " + a.failure()).toList());
            }
            for (Fault fault : settings.faults()) {
                windows.add(inject(fault, faults, ledger, tenant));
            }
            var summary = load.stop();
            progress.accept("load stopped: " + summary.sent() + " sent, " + summary.drops() + " dropped (in-flight limit)");
            if (summary.drops() > 0) {
                notes.add(summary.drops() + " requests were never sent (in-flight limit " + settings.maxInFlight() + ")");
            }
            poison = injector.finish();
            poisonFailures = injector.failures();
        }
        closeLastWindow(windows);
        List<Answer> first = ledger.answers();
        List<Answer> retries = retry(intake, first);
        Map<String, Long> accepted = FaultVerdict.acceptedTickets(first, retries);
        drain(tenant, accepted.size());

        progress.accept("verifying " + accepted.size() + " accepted tickets and " + poison.size() + " poison records");
        Findings findings = new Verification(db, kafka, setup).verify(tenant, accepted, poison, ticketEventsFrom);
        var rows = FaultVerdict.rows(windows, first,
                FaultVerdict.sequencesOf(findings.missing().values(), accepted),
                FaultVerdict.sequencesOf(findings.duplicates().values(), accepted));
        List<Check> checks = FaultVerdict.checks(findings, rows, settings.refusedFastMs());
        int exit = FaultVerdict.exitCode(checks);
        return new FaultReport(runId, tenant, started, now(), machine, settings.describe(), rows, retrySummary(retries),
                poison.size(), poisonFailures, findings, checks, exit == 0 ? "PASS" : "FAIL", exit, notes);
    }

    private FaultWindow inject(Fault fault, StackFaults faults, IntakeLedger ledger, String tenant) throws Exception {
        progress.accept("fault: " + fault.action());
        long injected = System.nanoTime();
        long pid = faults.inject(fault);
        String note = null;
        if (!faults.awaitGone(pid, Duration.ofSeconds(60))) {
            note = "pid " + pid + " still alive 60 s after the fault";
        }
        long gone = System.nanoTime();
        Thread.sleep(Math.max(0, settings.downFor().toMillis() - (gone - injected) / 1_000_000));
        progress.accept("restart: deploy/local/up");
        faults.restart(fault, Duration.ofMinutes(10));
        long ready = System.nanoTime();
        long target = ledger.acceptedBy(ready);
        List<String> restarted = new ArrayList<>();
        Long caughtUp = awaitCaughtUp(tenant, target, settings.catchUpTimeout(), () -> restarted.addAll(faults.restartNotLive(fault)));
        if (!restarted.isEmpty()) {
            note = (note == null ? "" : note + "; ") + "restarted as a liveness probe would: " + String.join("; ", restarted);
            progress.accept(note);
        }
        progress.accept(String.format("%s: ready after %.1f s, consumers %s", fault.component(), (ready - injected) / 1e9,
                caughtUp == null ? "NOT caught up within " + settings.catchUpTimeout().toSeconds() + " s"
                        : "caught up after " + String.format("%.1f s", (caughtUp - injected) / 1e9)));
        if (caughtUp == null) {
            note = (note == null ? "" : note + "; ") + "consumers not caught up: " + db.ticketCounts(tenant) + " of " + target;
        }
        Thread.sleep(settings.settle().toMillis());
        return new FaultWindow(fault, injected, gone, ready, caughtUp, System.nanoTime(), note);
    }

    /** Each window ends where the next fault begins (the last one where its settle ended). */
    private static void closeLastWindow(List<FaultWindow> windows) {
        for (int i = 0; i < windows.size() - 1; i++) {
            FaultWindow w = windows.get(i);
            windows.set(i, new FaultWindow(w.fault(), w.injectedNanos(), w.goneNanos(), w.readyNanos(), w.caughtUpNanos(),
                    windows.get(i + 1).injectedNanos(), w.note()));
        }
    }

    /** Something to do now and then while waiting. */
    @FunctionalInterface
    interface Chore {
        void run() throws Exception;
    }

    /**
     * First moment every service has recorded at least {@code target} of the tenant's tickets, or
     * null; runs the liveness chore at once and then every 10 s while they have not.
     */
    private Long awaitCaughtUp(String tenant, long target, Duration timeout, Chore liveness) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProbe = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Map<String, Long> counts = db.ticketCounts(tenant);
            if (counts.size() == Databases.TICKET_RECORDS.size() && counts.values().stream().allMatch(c -> c >= target)) {
                return System.nanoTime();
            }
            if (System.nanoTime() >= nextProbe) {
                liveness.run();
                nextProbe = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            }
            Thread.sleep(250);
        }
        return null;
    }

    /** Sends every request that got no 2xx again (same number: same key and body), up to 3 times. */
    private List<Answer> retry(IntakeRequests intake, List<Answer> first) throws InterruptedException {
        List<Long> pending = first.stream().filter(a -> !a.accepted()).map(Answer::sequence).toList();
        IntakeLedger retries = new IntakeLedger(NanoClock.SYSTEM);
        IntakeRequests again = intake.withListener(retries);
        progress.accept("retrying " + pending.size() + " requests that got no 2xx");
        for (int attempt = 1; attempt <= 3 && !pending.isEmpty(); attempt++) {
            for (long n : pending) {
                again.send(n, System.nanoTime()).join();
            }
            var done = retries.answers().stream().filter(Answer::accepted).map(Answer::sequence).toList();
            pending = pending.stream().filter(n -> !done.contains(n)).toList();
            if (!pending.isEmpty()) {
                Thread.sleep(2000);
            }
        }
        return retries.answers();
    }

    private static FaultReport.Retries retrySummary(List<Answer> retries) {
        var bySequence = new java.util.HashMap<Long, Answer>();
        retries.forEach(a -> bySequence.merge(a.sequence(), a, (x, y) -> x.accepted() ? x : y));
        long replayed = bySequence.values().stream().filter(a -> a.accepted() && a.replayed()).count();
        long created = bySequence.values().stream().filter(a -> a.accepted() && !a.replayed()).count();
        return new FaultReport.Retries(bySequence.size(), replayed, created, bySequence.size() - replayed - created);
    }

    /** Waits until every consumer recorded every accepted ticket, outboxes are empty and no group lags. */
    private void drain(String tenant, long accepted) throws InterruptedException {
        progress.accept("draining: waiting for consumers, outboxes and consumer lag");
        long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Map<String, Long> counts = db.ticketCounts(tenant);
                if (counts.values().stream().allMatch(c -> c >= accepted) && counts.size() == Databases.TICKET_RECORDS.size()
                        && db.outboxBacklog().values().stream().allMatch(v -> v == 0)
                        && kafka.lag().values().stream().allMatch(v -> v == 0)) {
                    return;
                }
            } catch (java.sql.SQLException | RuntimeException e) {
                // not there yet
            }
            Thread.sleep(1000);
        }
        notes.add("not drained within " + settings.drainTimeout().toSeconds() + " s: the checks show what was missing");
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
