package dev.opsdesk.benchmark.fault;

import dev.opsdesk.benchmark.env.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Breaks a component of the local stack and brings it back with {@code deploy/local/up} (which
 * starts only what is not running). Services and Kafka get SIGKILL; PostgreSQL a fast shutdown
 * (SIGINT to the postmaster: it aborts open transactions, closes every connection and stops).
 * It also plays Kubernetes' liveness probe, which the local stack lacks: a service that runs but
 * is not live (a consumer channel stopped on a failure that was not poison, ADR 0003) is stopped
 * and started again, and the report says so.
 */
final class StackFaults {

    private static final Map<String, Integer> PORTS = Map.of("ticket-service", 8081, "routing-service", 8082,
            "qa-service", 8083, "reporting-service", 8084);

    private final LocalStack stack;
    private final Path logDir;
    private final HttpClient http;

    StackFaults(LocalStack stack, Path logDir, HttpClient http) {
        this.stack = stack;
        this.logDir = logDir;
        this.http = http;
    }

    /** Checks that every component of the fault list runs before the test starts. */
    void requireRunning(List<Fault> faults) {
        for (Fault f : faults) {
            if (stack.pid(f.component()).isEmpty()) {
                throw new IllegalStateException(f.component() + " is not running: start the stack with deploy/local/up");
            }
        }
    }

    /** Injects the fault; returns the pid it hit. */
    long inject(Fault fault) throws IOException, InterruptedException {
        long pid = stack.pid(fault.component())
                .orElseThrow(() -> new IllegalStateException(fault.component() + " is not running"));
        if (fault == Fault.POSTGRES) {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -INT " + pid + " failed");
            }
        } else {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL on Linux
        }
        return pid;
    }

    /** Waits until the process has exited; false when it still runs after the timeout. */
    boolean awaitGone(long pid, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /**
     * Runs {@code deploy/local/up} and waits for it (it returns once every service is ready). On a
     * busy machine a service may need longer than the 180 s {@code up} waits: {@code up} is then
     * run again (it leaves the starting process alone and waits anew) until the timeout.
     */
    void restart(Fault fault, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve("up-after-" + fault.component() + ".log");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Process up = stack.startMissing(log);
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            if (!up.waitFor(left, TimeUnit.MILLISECONDS)) {
                up.destroy();
                throw new IllegalStateException("deploy/local/up did not finish within " + timeout.toSeconds() + " s (" + log + ")");
            }
            if (up.exitValue() == 0) {
                return;
            }
            List<String> lines = Files.readAllLines(log);
            String tail = String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
            if (System.nanoTime() > deadline || !tail.contains("not ready after")) {
                throw new IllegalStateException("deploy/local/up failed after " + fault.component() + ": " + tail);
            }
        }
    }

    /**
     * Restarts every service whose {@code /q/health/live} is DOWN (SIGTERM, then {@code deploy/local/up}),
     * as the liveness probe of deploy/k8s would; returns what it restarted and why.
     */
    List<String> restartNotLive(Fault after) throws IOException, InterruptedException {
        Map<String, String> down = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : PORTS.entrySet()) {
            String why = notLive(e.getValue());
            if (why != null && stack.pid(e.getKey()).isPresent()) {
                down.put(e.getKey(), why);
            }
        }
        List<String> restarted = new ArrayList<>();
        for (Map.Entry<String, String> e : down.entrySet()) {
            long pid = stack.pid(e.getKey()).orElseThrow();
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            if (!awaitGone(pid, Duration.ofSeconds(30))) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                awaitGone(pid, Duration.ofSeconds(10));
            }
            restarted.add(e.getKey() + " (liveness DOWN: " + e.getValue() + ")");
        }
        if (!restarted.isEmpty()) {
            restart(after, Duration.ofMinutes(10));
        }
        return restarted;
    }

    /** Null when the service is live (or not answering at all: then it is not running); else its health answer. */
    private String notLive(int port) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return null;
            }
            String body = r.body().replaceAll("\\s+", " ");
            return "HTTP " + r.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        } catch (IOException e) {
            return null;
        }
    }
}
