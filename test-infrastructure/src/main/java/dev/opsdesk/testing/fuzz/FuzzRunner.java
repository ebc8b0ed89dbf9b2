package dev.opsdesk.testing.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Sends a run's cases one at a time over real HTTP and tallies the answers. Every 5xx, timeout or
 * dropped connection is a failure, and so is a refused case (4xx) after which the tenant's write
 * fingerprint ({@link WriteWatch}) differs from the one before it: the fingerprint is taken after
 * every case, so each case is compared with the state just before it — exact, one query per case.
 */
public final class FuzzRunner {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final WriteWatch watch;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static final Duration QUIET = Duration.ofMillis(500);
    private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(30);

    private final Set<String> asynchronous;

    /**
     * {@code watch} may be null for a service whose requests never write; {@code asynchronous} names
     * endpoints whose accepted requests go on writing after the answer (a 202 rebuild): after such a
     * case the runner waits until the fingerprint is quiet before the next case is compared with it.
     */
    public FuzzRunner(URI base, WriteWatch watch, Set<String> asynchronous) {
        this.base = base;
        this.watch = watch;
        this.asynchronous = Set.copyOf(asynchronous);
    }

    public FuzzReport run(String service, FuzzSettings settings, List<? extends CaseSource> sources) {
        System.out.println("fuzz " + service + ": " + settings + " (replay one case with -Dfuzz.seed=" + settings.seed()
                + " -Dfuzz.only=<index>)");
        FuzzReport report = new FuzzReport(service, settings);
        long started = System.nanoTime();
        Map<String, String> before = watch == null ? Map.of() : watch.snapshot();
        for (int index : settings.indexes()) {
            FuzzCase c = caseAt(sources, settings, index);
            Answer answer = send(c, report);
            int status = answer.status();
            report.count(c, status);
            if (status >= 500) {
                report.fail("5xx", c, status, answer.body());
            }
            if (watch != null) {
                Map<String, String> after = watch.snapshot();
                List<String> changed = WriteWatch.changed(before, after);
                if (status >= 200 && status < 300) {
                    if (asynchronous.contains(c.endpoint())) {
                        after = quiet(after);
                        changed = WriteWatch.changed(before, after);
                    }
                    report.accepted(changed);
                } else if (!changed.isEmpty()) {
                    report.fail("partial-write", c, status, "answered " + status + " but wrote " + changed);
                }
                before = after;
            }
        }
        report.finish((System.nanoTime() - started) / 1_000_000, watch == null ? List.of() : watch.tables());
        return report;
    }

    private Answer answer(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(),
                new String(response.body(), 0, Math.min(response.body().length, 500), StandardCharsets.UTF_8));
    }

    /** A status and the start of the answer's body; status 0 when no answer came. */
    private record Answer(int status, String body) {
    }

    /** The fingerprint once it has not changed for {@link #QUIET}. */
    private Map<String, String> quiet(Map<String, String> last) {
        long deadline = System.nanoTime() + SETTLE_AT_MOST.toNanos();
        Map<String, String> current = last;
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(QUIET.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Map<String, String> next = watch.snapshot();
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    /** Case {@code index} of a run: its source drawn by weight, then its damage, from the case's own random. */
    public static FuzzCase caseAt(List<? extends CaseSource> sources, FuzzSettings settings, int index) {
        Random random = settings.randomFor(index);
        int roll = random.nextInt(sources.stream().mapToInt(CaseSource::weight).sum());
        for (CaseSource source : sources) {
            roll -= source.weight();
            if (roll < 0) {
                return source.next(settings.seed(), index, random);
            }
        }
        throw new IllegalStateException("weights");
    }

    private Answer send(FuzzCase c, FuzzReport report) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(base.resolve(c.path())).timeout(TIMEOUT)
                    .method(c.method(), c.body().length == 0 && c.method().equals("GET")
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
            c.headers().forEach(request::header);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the generator made a request the HTTP client cannot send: " + c.reproduce()
                    + " " + c.path(), e);
        }
        try {
            return answer(request);
        } catch (HttpTimeoutException e) {
            report.fail("timeout", c, 0, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException first) {
            // A pooled connection the server had just closed (after a 413/414 with Connection: close) fails
            // before the request reaches it; a second attempt on a new connection tells that from a real drop.
            try {
                Answer again = answer(request);
                report.retried(c);
                return again;
            } catch (HttpTimeoutException e) {
                report.fail("timeout", c, 0, "no answer within " + TIMEOUT.toSeconds() + " s (second attempt)");
            } catch (IOException e) {
                report.fail("connection", c, 0, first + "; second attempt: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Answer(0, "");
    }
}
