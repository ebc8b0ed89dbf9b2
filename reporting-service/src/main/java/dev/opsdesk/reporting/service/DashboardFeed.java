package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.config.ReportingConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live dashboard snapshots per tenant: one as soon as a client connects, one after every burst of
 * committed changes (debounced), and one at least every refresh interval (queue ages move on).
 */
@ApplicationScoped
public class DashboardFeed {

    private final Map<String, BroadcastProcessor<String>> changes = new ConcurrentHashMap<>();
    private final DashboardService dashboard;
    private final ReportingConfig config;

    DashboardFeed(DashboardService dashboard, ReportingConfig config) {
        this.dashboard = dashboard;
        this.config = config;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadModelChanged change) {
        BroadcastProcessor<String> processor = changes.get(change.tenantId());
        if (processor != null) {
            processor.onNext(change.tenantId());
        }
    }

    public Multi<DashboardService.Snapshot> snapshots(String tenantId) {
        Multi<String> changed = changes.computeIfAbsent(tenantId, id -> BroadcastProcessor.create())
                .group().intoLists().every(config.dashboardDebounce())
                .filter(batch -> !batch.isEmpty())
                .map(batch -> batch.get(0));
        Multi<String> periodic = Multi.createFrom().ticks().every(config.dashboardRefresh()).map(tick -> tenantId);
        return Multi.createBy().merging().streams(Multi.createFrom().item(tenantId), changed, periodic)
                .onOverflow().dropPreviousItems()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(dashboard::snapshot);
    }
}
