package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RoutingTenant;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The time-driven work of one tenant at {@code now}, in one transaction: end of day, SLA warnings
 * and breaches, alert upkeep, and a backlog drain (absences end, shifts start). A plain method so
 * tests drive time by calling it; the scheduler calls it with the clock's time.
 */
@ApplicationScoped
public class Ticks {

    private final TenantLock lock;
    private final TenantSetup tenants;
    private final Router router;
    private final EndOfDay endOfDay;
    private final SlaBreaches sla;
    private final SpikeDetection spikes;
    private final OutboxWriter outbox;

    Ticks(TenantLock lock, TenantSetup tenants, Router router, EndOfDay endOfDay, SlaBreaches sla,
          SpikeDetection spikes, OutboxWriter outbox) {
        this.lock = lock;
        this.tenants = tenants;
        this.router = router;
        this.endOfDay = endOfDay;
        this.sla = sla;
        this.spikes = spikes;
        this.outbox = outbox;
    }

    @Transactional
    public List<RoutingEvent> tick(String tenantId, Instant now) {
        lock.lock(tenantId);
        TenantSettings settings = tenants.settings(tenantId);
        Router.Context ctx = router.context(tenantId, settings, now);
        List<RoutingEvent> events = new ArrayList<>();
        EndOfDay.Result requeues = endOfDay.tick(ctx);
        events.addAll(requeues.events());
        events.addAll(sla.tick(ctx));
        events.addAll(router.drain(ctx, requeues.requeued()));
        events.addAll(spikes.tick(tenantId, settings, now));
        outbox.append(events);
        return events;
    }

    @Transactional
    public List<String> tenants() {
        return RoutingTenant.<RoutingTenant>listAll().stream().map(t -> t.tenantId).toList();
    }
}
