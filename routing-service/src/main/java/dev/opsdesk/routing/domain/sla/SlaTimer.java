package dev.opsdesk.routing.domain.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The current state and due time of one metric of one ticket, as last computed; warnings and breaches are marked here. */
@Entity
@Table(name = "sla_timer")
public class SlaTimer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SlaMetric metric;

    @Column(name = "policy_id", nullable = false)
    public String policyId;

    @Column(name = "policy_version", nullable = false)
    public int policyVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimerState state;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "warn_at")
    public Instant warnAt;

    @Column(name = "warned_at")
    public Instant warnedAt;

    @Column(name = "breached_at")
    public Instant breachedAt;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static List<SlaTimer> of(UUID ticketId) {
        return list("ticketId = ?1 order by metric", ticketId);
    }

    /** Running timers of the tenant whose warning or breach time has come. */
    public static List<SlaTimer> due(String tenantId, Instant now, int limit) {
        return find("tenantId = ?1 and state = ?2 and (dueAt <= ?3 or (warnAt <= ?3 and warnedAt is null))"
                + " order by dueAt", tenantId, TimerState.RUNNING, now).page(0, limit).list();
    }
}
