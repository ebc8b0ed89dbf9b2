package dev.opsdesk.qa.service;

import dev.opsdesk.qa.config.DatabaseOutageConfig;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Whether PostgreSQL is reachable, as last seen. The first failure that says it is not (an HTTP
 * call, a consumer, the outbox relay) marks it down; from then on calls are refused at once and
 * background work pauses, instead of each queueing for a connection the pool cannot make (Agroal
 * makes a caller wait up to a second while others wait). A background probe asks the pool for a new
 * connection every {@code opsdesk.database-outage.probe-interval} and marks it up when one is made.
 */
@ApplicationScoped
public class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);

    private final AgroalDataSource dataSource;
    private final DatabaseOutageConfig config;
    private final AtomicBoolean down = new AtomicBoolean();
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "database-probe");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long downSince;

    DatabaseAvailability(AgroalDataSource dataSource, DatabaseOutageConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    public boolean isDown() {
        return down.get();
    }

    /** Marks the database down when {@code failure} says it is unavailable; returns whether it did. */
    public boolean noteFailure(Throwable failure) {
        if (!DatabaseFailures.unavailable(failure)) {
            return false;
        }
        if (down.compareAndSet(false, true)) {
            downSince = System.nanoTime();
            LOG.warnf("database unavailable, refusing calls and pausing background work until it answers: %s",
                    failure.toString());
            // The idle connections broke with the server: drop them now rather than on their next use
            dataSource.flush(AgroalDataSource.FlushMode.INVALID);
            scheduleProbe();
        }
        return true;
    }

    /** Runs one round of background work unless the database is down (then: false, nothing done). */
    public boolean unlessDown(BooleanSupplier round) {
        if (isDown()) {
            return false;
        }
        try {
            return round.getAsBoolean();
        } catch (RuntimeException e) {
            noteFailure(e);
            throw e;
        }
    }

    private void probe() {
        boolean reachable;
        try {
            reachable = dataSource.isHealthy(true);
        } catch (Exception e) {
            reachable = false;
        }
        if (reachable) {
            down.set(false);
            LOG.infof("database reachable again after %d ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - downSince));
        } else {
            scheduleProbe();
        }
    }

    private void scheduleProbe() {
        try {
            probe.schedule(this::probe, config.probeInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    @PreDestroy
    void stop() {
        probe.shutdownNow();
    }
}
