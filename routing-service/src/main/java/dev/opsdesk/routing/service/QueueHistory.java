package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A28: the largest queue size of each hour, and the samples of the same weekday and hour in the trailing weeks. */
@ApplicationScoped
public class QueueHistory {

    private final EntityManager em;

    QueueHistory(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sample(String tenantId, String queue, TenantSettings settings, Instant at, int size) {
        record(tenantId, queue, hourStart(settings, at), size);
    }

    /** Records a size for the hour starting at {@code hourStart} (kept when larger than what that hour saw). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String tenantId, String queue, Instant hourStart, int size) {
        em.createNativeQuery("insert into queue_size_sample (tenant_id, queue, hour_start, size) values (?1, ?2, ?3, ?4)"
                        + " on conflict (tenant_id, queue, hour_start) do update"
                        + " set size = greatest(queue_size_sample.size, excluded.size)")
                .setParameter(1, tenantId).setParameter(2, queue).setParameter(3, hourStart).setParameter(4, size)
                .executeUpdate();
    }

    /** The samples of the same local weekday and hour, 1 to trailingWeeks weeks back. */
    @SuppressWarnings("unchecked")
    public List<Integer> trailingSameHour(String tenantId, String queue, TenantSettings settings, Instant at) {
        ZonedDateTime hour = at.atZone(ZoneId.of(settings.timeZone())).truncatedTo(ChronoUnit.HOURS);
        List<Instant> hours = new ArrayList<>();
        for (int week = 1; week <= settings.spikes().trailingWeeks(); week++) {
            hours.add(hour.minusWeeks(week).toInstant());
        }
        List<Number> found = em.createNativeQuery("select size from queue_size_sample where tenant_id = :tenant"
                        + " and queue = :queue and hour_start in (:hours)")
                .setParameter("tenant", tenantId).setParameter("queue", queue).setParameter("hours", hours)
                .getResultList();
        return found.stream().map(Number::intValue).toList();
    }

    private static Instant hourStart(TenantSettings settings, Instant at) {
        return at.atZone(ZoneId.of(settings.timeZone())).truncatedTo(ChronoUnit.HOURS).toInstant();
    }
}
