package dev.opsdesk.ticket.service;

import dev.opsdesk.ticket.domain.order.OnHoldReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The order system's statuses, as it reports them, and the On-Hold review list built on them (R11). */
@ApplicationScoped
public class OrderStatusFeed {

    private final EntityManager em;
    private final TenantService tenants;
    private final Clock clock;

    OrderStatusFeed(EntityManager em, TenantService tenants, Clock clock) {
        this.em = em;
        this.tenants = tenants;
        this.clock = clock;
    }

    public record OrderStatus(String orderId, String status, Instant since, String store) {
    }

    public record ReviewItem(String orderId, String store, Instant onHoldSince, long hoursOnHold, String taskCategory,
                             Integer standardMinutes, List<UUID> tickets) {
    }

    /** Records an order's status; {@code since} defaults to now, and is kept when the status did not change. */
    @Transactional
    public OrderStatus report(String tenantId, String orderId, String status, Instant since, String store) {
        tenants.rules(tenantId); // the tenant must be provisioned
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant statusSince = since == null ? now : since.truncatedTo(ChronoUnit.MICROS);
        Object[] row = (Object[]) em.createNativeQuery("""
                        insert into order_status (tenant_id, order_id, status, status_since, store, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (tenant_id, order_id) do update set
                            status_since = case when order_status.status = excluded.status and ?7
                                                then order_status.status_since else excluded.status_since end,
                            status = excluded.status,
                            store = coalesce(excluded.store, order_status.store),
                            updated_at = excluded.updated_at
                        returning status, status_since, store""")
                .setParameter(1, tenantId).setParameter(2, orderId).setParameter(3, status)
                .setParameter(4, Timestamp.from(statusSince)).setParameter(5, store).setParameter(6, Timestamp.from(now))
                .setParameter(7, since == null)
                .getSingleResult();
        return new OrderStatus(orderId, (String) row[0], toInstant(row[1]), (String) row[2]);
    }

    /** R11: orders On Hold for longer than the tenant's review period, oldest first, with their tickets. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewItem> onHoldReview(String tenantId, int limit) {
        OnHoldReview review = OnHoldReview.of(tenants.rules(tenantId));
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select o.order_id, o.store, o.status_since,
                               array(select t.id from ticket t where t.tenant_id = o.tenant_id
                                     and t.order_id = o.order_id and t.closed_at is null and t.merged_into is null
                                     order by t.created_at)
                        from order_status o
                        where o.tenant_id = ?1 and o.status = ?2 and o.status_since <= ?3
                        order by o.status_since, o.order_id
                        limit ?4""")
                .setParameter(1, tenantId).setParameter(2, OnHoldReview.ON_HOLD)
                .setParameter(3, Timestamp.from(review.onHoldSinceAtLatest(now))).setParameter(4, limit)
                .getResultList();
        return rows.stream().map(r -> {
            Instant since = toInstant(r[2]);
            return new ReviewItem((String) r[0], (String) r[1], since, Duration.between(since, now).toHours(),
                    review.category().map(c -> c.label()).orElse(null),
                    review.category().map(c -> c.ahtMinutes()).orElse(null), uuids(r[3]));
        }).toList();
    }

    private static List<UUID> uuids(Object array) {
        if (array instanceof UUID[] ids) {
            return Arrays.asList(ids);
        }
        return array instanceof Object[] values ? Arrays.stream(values).map(v -> (UUID) v).toList() : List.of();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
