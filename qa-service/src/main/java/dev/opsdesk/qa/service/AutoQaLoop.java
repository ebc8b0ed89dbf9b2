package dev.opsdesk.qa.service;

import dev.opsdesk.qa.config.QaConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Drives the AutoQA worker on one thread: every poll interval, and soon after an interaction became due. */
@ApplicationScoped
public class AutoQaLoop {

    private static final Logger LOG = Logger.getLogger(AutoQaLoop.class);

    private final AutoQaWorker worker;
    private final QaConfig config;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    AutoQaLoop(AutoQaWorker worker, QaConfig config) {
        this.worker = worker;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "autoqa");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (thread != null) {
            thread.join(5000);
        }
    }

    void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) InteractionIntake.AutoQaDue due) {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            try {
                for (UUID ticketId : worker.due()) {
                    runOne(ticketId);
                }
            } catch (RuntimeException e) {
                LOG.warnf("AutoQA round failed, retrying in %s: %s", config.autoqa().pollInterval(), e.getMessage());
            }
            try {
                wakeUp.tryAcquire(config.autoqa().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void runOne(UUID ticketId) {
        try {
            worker.run(ticketId);
        } catch (RuntimeException e) {
            worker.failed(ticketId, e);
        }
    }
}
