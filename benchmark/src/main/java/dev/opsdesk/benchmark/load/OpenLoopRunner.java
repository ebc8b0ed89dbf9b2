package dev.opsdesk.benchmark.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Open-loop load: sends requests at their intended start times (a constant arrival rate) whatever
 * the answers do, keeps at most {@code maxInFlight} unanswered, and counts a request that falls due
 * while the limit is reached as dropped instead of delaying the schedule. Answers are awaited for
 * at most {@code drainTimeout} after the last request was due; those still missing count as errors.
 */
public final class OpenLoopRunner {

    private final NanoClock clock;
    private final int maxInFlight;
    private final Duration drainTimeout;

    public OpenLoopRunner(NanoClock clock, int maxInFlight, Duration drainTimeout) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        this.clock = clock;
        this.maxInFlight = maxInFlight;
        this.drainTimeout = drainTimeout;
    }

    public StepResult run(double ratePerSecond, Duration duration, RequestSender sender) throws InterruptedException {
        return run(ratePerSecond, duration, sender, () -> false);
    }

    /**
     * As {@link #run(double, Duration, RequestSender)}, but ends early, before the next request is
     * due, once {@code stop} says so (the fault test runs until its faults are done).
     */
    public StepResult run(double ratePerSecond, Duration duration, RequestSender sender, BooleanSupplier stop)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        StepRecorder recorder = new StepRecorder();
        long start = clock.nanoTime();
        ArrivalSchedule schedule = new ArrivalSchedule(ratePerSecond, start);
        long scheduled = schedule.arrivalsWithin(duration);
        for (long i = 0; i < scheduled; i++) {
            long intended = schedule.intendedStart(i);
            if (stop.getAsBoolean()) {
                scheduled = i;
                duration = Duration.ofNanos(intended - start);
                break;
            }
            clock.sleepUntil(intended);
            if (!inFlight.tryAcquire()) {
                recorder.dropped();
                continue;
            }
            long sentAt = clock.nanoTime();
            recorder.sent();
            start(sender, i, intended).whenComplete((outcome, failure) -> {
                long done = clock.nanoTime();
                recorder.completed(intended, sentAt, done, failure == null ? outcome : Outcome.failure(failure));
                inFlight.release(); // after recording: the drain below must not overtake the last answer
            });
        }
        if (inFlight.tryAcquire(maxInFlight, drainTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            inFlight.release(maxInFlight);
        }
        return recorder.close(ratePerSecond, scheduled, duration.toNanos() / 1e9,
                "no answer within " + drainTimeout.toSeconds() + " s after the step");
    }

    private static CompletableFuture<Outcome> start(RequestSender sender, long sequence, long intended) {
        try {
            CompletableFuture<Outcome> answer = sender.send(sequence, intended);
            return answer != null ? answer : CompletableFuture.completedFuture(Outcome.error("no-request", null));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
