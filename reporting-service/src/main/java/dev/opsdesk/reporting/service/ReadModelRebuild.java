package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.messaging.in.TopicReplay;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Rebuilds one tenant's read models from the topics: deletes them (and the tenant's processed-event
 * marks, and bumps the export generation) in one transaction, then replays every topic from the
 * beginning. The live consumers keep running: an event both apply counts once (processed_event),
 * and every projection is order-independent, so the figures end as a fresh replay gives them.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

    private final RebuildState state;
    private final TopicReplay replay;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelRebuild(RebuildState state, TopicReplay replay) {
        this.state = state;
        this.replay = replay;
    }

    /** Starts a rebuild; false when one is already running for the tenant. */
    public boolean start(String tenantId) {
        if (!state.claimAndClear(tenantId)) {
            return false;
        }
        worker.submit(() -> run(tenantId));
        return true;
    }

    public RebuildState.Status status(String tenantId) {
        return state.status(tenantId);
    }

    private void run(String tenantId) {
        try {
            long events = replay.replay(tenantId, applied -> state.beat(tenantId, applied));
            state.finish(tenantId, "DONE", events);
            LOG.infof("rebuilt the read models of %s from %d events", tenantId, events);
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuild of %s failed", tenantId);
            state.finish(tenantId, "FAILED", 0);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
