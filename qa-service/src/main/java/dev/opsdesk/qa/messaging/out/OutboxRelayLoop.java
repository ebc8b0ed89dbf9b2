package dev.opsdesk.qa.messaging.out;

import dev.opsdesk.qa.config.OutboxConfig;
import dev.opsdesk.qa.service.DatabaseAvailability;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Drives the relay on one dedicated thread: right after a transaction that appended to the outbox
 * commits, and otherwise every poll interval (rows left by a crash, another replica, a failed send).
 * Quarkus' scheduler cannot run more often than once a second, hence this small loop.
 */
@ApplicationScoped
public class OutboxRelayLoop {

    private final OutboxConfig config;
    private final PollingLoop loop;

    OutboxRelayLoop(OutboxRelay relay, OutboxConfig config, DatabaseAvailability availability) {
        this.config = config;
        // a full batch: more may be waiting; while the database is down the rows wait in the outbox
        this.loop = new PollingLoop("outbox-relay", config.pollInterval(),
                () -> availability.unlessDown(() -> relay.relayBatch() == config.batchSize()));
    }

    void start(@Observes StartupEvent event) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        loop.stop(config.sendTimeout().plusSeconds(1));
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        loop.wakeUp();
    }
}
