package dev.opsdesk.reporting.messaging.in;

import dev.opsdesk.reporting.config.DatabaseOutageConfig;
import dev.opsdesk.reporting.service.DatabaseAvailability;
import dev.opsdesk.reporting.service.DatabaseFailures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Holds a record in its consumer while the database is unavailable (or a transaction lost a lock or
 * serialization race): the record is applied again after a doubling wait, capped at
 * {@code opsdesk.database-outage.backoff-max}, and not before {@link DatabaseAvailability} sees the
 * database again, until it commits. It is neither dead-lettered nor is the channel stopped, and its
 * offset is committed only after its effect. The consumer stays in its group meanwhile: the
 * connector's polling thread is not the one waiting here, and once its queue is full it pauses the
 * partitions and keeps polling, so max.poll.interval.ms is never exceeded. Anything else (poison,
 * a bug), and any failure once shutdown began, goes to the failure strategy.
 */
@ApplicationScoped
public class TransientFailureRetry {

    private static final Logger LOG = Logger.getLogger(TransientFailureRetry.class);

    private final DatabaseOutageConfig config;
    private final DatabaseAvailability availability;
    private final Counter retries;
    private volatile boolean stopping;

    TransientFailureRetry(DatabaseOutageConfig config, DatabaseAvailability availability, MeterRegistry metrics) {
        this.config = config;
        this.availability = availability;
        this.retries = metrics.counter("opsdesk.events.transient-retries");
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public void run(String what, Runnable apply) {
        Duration wait = config.backoffInitial();
        for (int attempt = 1; ; attempt++) {
            try {
                apply.run();
                if (attempt > 1) {
                    LOG.infof("%s applied after %d attempts", what, attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (stopping || !DatabaseFailures.isTransient(e)) {
                    throw e;
                }
                availability.noteFailure(e);
                retries.increment();
                if (attempt == 1 || attempt % 20 == 0) {
                    LOG.warnf("%s waits for the database (attempt %d): %s", what, attempt, e.toString());
                }
                do {
                    pause(wait, e);
                    wait = wait.multipliedBy(2).compareTo(config.backoffMax()) > 0 ? config.backoffMax() : wait.multipliedBy(2);
                } while (availability.isDown() && !stopping);
            }
        }
    }

    private static void pause(Duration wait, RuntimeException failure) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
