package dev.opsdesk.benchmark.fault;

import dev.opsdesk.benchmark.load.NanoClock;
import dev.opsdesk.benchmark.load.OpenLoopRunner;
import dev.opsdesk.benchmark.load.StepResult;
import dev.opsdesk.benchmark.steps.IntakeRequests;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The steady load of the fault test on a thread of its own: the benchmark's open-loop runner posting
 * tickets until told to stop, every answer into the ledger, and one poison record per
 * {@code poisonEvery} requests handed to the injector.
 */
final class FaultLoad {

    private final OpenLoopRunner runner;
    private final IntakeRequests intake;
    private final PoisonInjector poison;
    private final double rate;
    private final int poisonEvery;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CompletableFuture<StepResult> result = new CompletableFuture<>();

    FaultLoad(int maxInFlight, IntakeRequests intake, PoisonInjector poison, double rate, int poisonEvery) {
        this.runner = new OpenLoopRunner(NanoClock.SYSTEM, maxInFlight, Duration.ofSeconds(60));
        this.intake = intake;
        this.poison = poison;
        this.rate = rate;
        this.poisonEvery = poisonEvery;
    }

    void start() {
        Thread thread = new Thread(() -> {
            try {
                result.complete(runner.run(rate, Duration.ofDays(1), (n, due) -> {
                    if (n % poisonEvery == poisonEvery / 2) {
                        poison.inject(n / poisonEvery);
                    }
                    return intake.send(n, due);
                }, stop::get));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "fault-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sending, waits for the answers still due (at most a minute), returns the runner's summary. */
    StepResult stop() {
        stop.set(true);
        return result.join();
    }
}
