package dev.opsdesk.ticket.messaging.out;

import dev.opsdesk.ticket.config.OutboxConfig;
import dev.opsdesk.ticket.service.DatabaseAvailability;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Drives the relay on one dedicated thread: right after a transaction that appended to the outbox
 * commits, and otherwise every poll interval (rows left by a crash, another replica, a failed send).
 * Quarkus' scheduler cannot run more often than once a second, hence this small loop.
 */
@ApplicationScoped
public class OutboxRelayLoop {

    private static final Logger LOG = Logger.getLogger(OutboxRelayLoop.class);

    private final OutboxRelay relay;
    private final OutboxConfig config;
    private final DatabaseAvailability availability;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    OutboxRelayLoop(OutboxRelay relay, OutboxConfig config, DatabaseAvailability availability) {
        this.relay = relay;
        this.config = config;
        this.availability = availability;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (thread != null) {
            thread.join(config.sendTimeout().toMillis() + 1000);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wakeUp.release();
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try {
                if (availability.isDown()) { // the rows wait in the outbox; the probe tells when to go on
                    pause();
                    continue;
                }
                int published = relay.relayBatch();
                if (failing) {
                    LOG.info("outbox relay works again");
                    failing = false;
                }
                if (published == config.batchSize()) {
                    continue; // more may be waiting
                }
            } catch (RuntimeException e) {
                availability.noteFailure(e);
                // While the database is down every round fails: say so once, not five times a second
                if (failing) {
                    LOG.debugf("outbox relay round failed again: %s", e.getMessage());
                } else {
                    LOG.warnf("outbox relay round failed, retrying every %s: %s", config.pollInterval(), e.getMessage());
                }
                failing = true;
            }
            pause();
        }
    }

    private void pause() {
        try {
            wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
