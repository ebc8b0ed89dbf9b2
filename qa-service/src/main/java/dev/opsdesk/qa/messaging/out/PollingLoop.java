package dev.opsdesk.qa.messaging.out;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * One daemon thread that runs a round of work every poll interval, or at once when woken up; a round
 * that reports more work waiting runs again without pausing. Used by the outbox relay and the AutoQA worker.
 */
public final class PollingLoop {

    private static final Logger LOG = Logger.getLogger(PollingLoop.class);

    private final String name;
    private final Duration interval;
    private final BooleanSupplier round;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /** @param round does one round of work; true when more is waiting */
    public PollingLoop(String name, Duration interval, BooleanSupplier round) {
        this.name = name;
        this.interval = interval;
        this.round = round;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop(Duration wait) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (thread != null) {
            thread.join(wait.toMillis());
        }
    }

    public void wakeUp() {
        wakeUp.release();
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try {
                boolean more = round.getAsBoolean();
                if (failing) {
                    LOG.infof("%s works again", name);
                    failing = false;
                }
                if (more) {
                    continue;
                }
            } catch (RuntimeException e) {
                // While the database is down every round fails: say so once, not at every interval
                if (failing) {
                    LOG.debugf("%s round failed again: %s", name, e.getMessage());
                } else {
                    LOG.warnf("%s round failed, retrying every %s: %s", name, interval, e.getMessage());
                }
                failing = true;
            }
            try {
                wakeUp.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
