package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.env.LocalStack;
import dev.opsdesk.benchmark.env.ProcFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Start-up time and resident memory of the services that {@code deploy/local/status} lists. With
 * {@code restart}, each service in turn is stopped (SIGTERM, as {@code deploy/local/down} does)
 * and started again by {@code deploy/local/up} (which starts only what is missing, without
 * building), and the time from the new process' start to its first UP readiness is measured.
 */
public final class FootprintProbe {

    private final LocalStack stack;
    private final Map<String, Integer> ports;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public FootprintProbe(LocalStack stack, Map<String, Integer> ports, Consumer<String> progress) {
        this.stack = stack;
        this.ports = ports;
        this.progress = progress;
    }

    public List<ServiceFootprint> measure(boolean restart) throws InterruptedException {
        List<ServiceFootprint> all = new ArrayList<>();
        for (String service : LocalStack.SERVICES) {
            Optional<Long> pid = stack.pid(service);
            if (pid.isEmpty()) {
                all.add(new ServiceFootprint(service, null, null, null, null, null, null, "not running"));
                continue;
            }
            String status = ProcFiles.status(pid.get());
            Long rss = box(ProcFiles.statusMiB(status, "VmRSS"));
            Long peak = box(ProcFiles.statusMiB(status, "VmHWM"));
            ServiceFootprint measured = new ServiceFootprint(service, pid.get(), startedIn(service), null, rss, peak,
                    null, null);
            all.add(restart ? restart(measured) : measured);
        }
        return all;
    }

    private ServiceFootprint restart(ServiceFootprint before) throws InterruptedException {
        progress.accept("services: restarting " + before.service());
        ProcessHandle old = ProcessHandle.of(before.pid()).orElse(null);
        if (old != null) {
            old.destroy();
            old.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        Process up;
        try {
            up = stack.startMissing(null);
        } catch (IOException e) {
            return withNote(before, "restart failed: " + e.getMessage());
        }
        Long pid = null;
        Instant ready = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (ready == null && System.nanoTime() < deadline) {
            if (pid == null) {
                pid = stack.pid(before.service()).filter(p -> !p.equals(before.pid())).orElse(null);
            }
            if (pid != null && ready(before.service())) {
                ready = Instant.now();
            }
            Thread.sleep(20);
        }
        up.waitFor(180, TimeUnit.SECONDS);
        if (ready == null || pid == null) {
            return withNote(before, "not ready within 180 s after the restart");
        }
        Instant started = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant()).orElse(null);
        Double toReady = started == null ? null : Math.round(Duration.between(started, ready).toMillis() / 10.0) / 100.0;
        Long idle = box(ProcFiles.statusMiB(ProcFiles.status(pid), "VmRSS"));
        return new ServiceFootprint(before.service(), pid, startedIn(before.service()), toReady, before.rssMiB(),
                before.peakRssMiB(), idle, "restarted");
    }

    private boolean ready(String service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(1)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Double startedIn(String service) {
        Path log = stack.log(service);
        try {
            return Files.exists(log) ? StartupLog.lastStartedIn(Files.readString(log)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static ServiceFootprint withNote(ServiceFootprint f, String note) {
        return new ServiceFootprint(f.service(), f.pid(), f.startedInSeconds(), null, f.rssMiB(), f.peakRssMiB(), null,
                note);
    }

    private static Long box(java.util.OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
