package dev.opsdesk.qa.service;

import dev.opsdesk.qa.config.QaConfig;
import dev.opsdesk.qa.messaging.out.PollingLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.UUID;

/** Drives the AutoQA worker on one thread: every poll interval, and soon after an interaction became due. */
@ApplicationScoped
public class AutoQaLoop {

    private final AutoQaWorker worker;
    private final PollingLoop loop;

    AutoQaLoop(AutoQaWorker worker, QaConfig config, DatabaseAvailability availability) {
        this.worker = worker;
        this.loop = new PollingLoop("autoqa", config.autoqa().pollInterval(), () -> availability.unlessDown(this::round));
    }

    void start(@Observes StartupEvent event) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        loop.stop(Duration.ofSeconds(5));
    }

    void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) InteractionIntake.AutoQaDue due) {
        loop.wakeUp();
    }

    /**
     * Every interaction due now, each in its own transaction; a failure is retried later. A database
     * outage is not the interaction's failure: it ends the round without counting an attempt.
     */
    private boolean round() {
        for (UUID ticketId : worker.due()) {
            try {
                worker.run(ticketId);
            } catch (RuntimeException e) {
                if (DatabaseFailures.isTransient(e)) {
                    throw e;
                }
                worker.failed(ticketId, e);
            }
        }
        return false;
    }
}
