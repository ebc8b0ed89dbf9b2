package dev.opsdesk.benchmark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class OpenLoopRunnerTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void sendsEveryRequestAtItsIntendedStart() throws InterruptedException {
        List<Long> sentAt = new ArrayList<>();
        List<Long> intended = new ArrayList<>();
        StepResult result = new OpenLoopRunner(clock, 10, Duration.ZERO).run(100, Duration.ofSeconds(1), (i, due) -> {
            sentAt.add(clock.nanoTime());
            intended.add(due);
            return CompletableFuture.completedFuture(Outcome.OK);
        });

        assertEquals(100, result.scheduled());
        assertEquals(100, result.ok());
        assertEquals(intended, sentAt);
        assertEquals(10_000_000L, sentAt.get(1) - sentAt.get(0));
    }

    @Test
    void aStalledRequestDelaysTheOnesDueDuringTheStallAndTheirLatencyShowsIt() throws InterruptedException {
        // One request stalls for 1 s; with one request in flight the runner cannot send the next
        // ones on time (like a closed loop would not). Measured from the intended start, the
        // ~100 requests that fell due during the stall carry the wait; measured from the actual
        // send (what a closed-loop tool reports) they look fast.
        StepResult result = new OpenLoopRunner(clock, 1, Duration.ZERO).run(100, Duration.ofSeconds(2), (i, due) -> {
            clock.advanceMillis(i == 10 ? 1000 : 1);
            return CompletableFuture.completedFuture(Outcome.OK);
        });

        assertEquals(200, result.ok());
        assertTrue(result.serviceTime().p90() <= 1.01, "service time p90 " + result.serviceTime().p90());
        assertTrue(result.latency().p50() > 100, "latency p50 " + result.latency().p50());
        assertTrue(result.latency().p99() >= 950, "latency p99 " + result.latency().p99());
        assertTrue(result.latency().max() >= 1000, "latency max " + result.latency().max());
    }

    @Test
    void requestsDueWhileTheInFlightLimitIsReachedAreDroppedNotDelayed() throws InterruptedException {
        List<CompletableFuture<Outcome>> open = new ArrayList<>();
        StepResult result = new OpenLoopRunner(clock, 5, Duration.ZERO).run(100, Duration.ofSeconds(1), (i, due) -> {
            CompletableFuture<Outcome> answer = new CompletableFuture<>();
            open.add(answer);
            return answer;
        });

        assertEquals(100, result.scheduled());
        assertEquals(5, result.sent());
        assertEquals(95, result.drops());
        assertEquals(5, result.errors(), "never answered within the drain timeout");
        assertEquals(Map.of("unanswered", 5L), result.errorKinds());
        assertEquals(0, result.ok());
    }

    @Test
    void countsErrorsAndFailuresByKindWithSamples() throws InterruptedException {
        StepResult result = new OpenLoopRunner(clock, 10, Duration.ZERO).run(10, Duration.ofSeconds(1), (i, due) -> {
            if (i % 5 == 0) {
                return CompletableFuture.completedFuture(Outcome.error("HTTP 503", "overloaded"));
            }
            if (i == 3) {
                return CompletableFuture.failedFuture(new java.net.ConnectException("refused"));
            }
            if (i == 4) {
                throw new IllegalStateException("cannot build the request");
            }
            return CompletableFuture.completedFuture(Outcome.OK);
        });

        assertEquals(6, result.ok());
        assertEquals(4, result.errors());
        assertEquals(Map.of("HTTP 503", 2L, "ConnectException", 1L, "IllegalStateException", 1L), result.errorKinds());
        assertTrue(result.errorSamples().contains("HTTP 503: overloaded"), result.errorSamples().toString());
        assertEquals(6.0, result.achievedRate());
    }

    @Test
    void stopsBeforeTheNextDueRequestOnceToldTo() throws InterruptedException {
        List<Long> sent = new ArrayList<>();
        StepResult result = new OpenLoopRunner(clock, 10, Duration.ZERO).run(100, Duration.ofHours(1), (i, due) -> {
            sent.add(i);
            return CompletableFuture.completedFuture(Outcome.OK);
        }, () -> sent.size() == 250);

        assertEquals(250, result.scheduled());
        assertEquals(250, result.ok());
        assertEquals(2.5, result.seconds(), 1e-9);
        assertEquals(100.0, result.achievedRate());
    }
}
