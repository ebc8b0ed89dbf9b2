package dev.opsdesk.routing.domain.sla;

import dev.opsdesk.routing.domain.Priority;
import dev.opsdesk.routing.domain.StatusCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A tenant's SLA policy for tickets of some channels and priorities (empty = any): a target per
 * metric, the calendar they count in, the categories that stop the clock, and what a breach does.
 */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "policy_id", nullable = false)
    public String policyId;

    @Column(nullable = false)
    public String name;

    /** Grows with every change; timers remember the version they were computed with. */
    @Column(nullable = false)
    public int version = 1;

    @Column(nullable = false)
    public String[] channels = new String[0];

    @Column(nullable = false)
    public String[] priorities = new String[0];

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<SlaMetric, MetricTarget> targets = new EnumMap<>(SlaMetric.class);

    /** Null: business-hours targets count calendar time too. */
    @Column(name = "calendar_id")
    public String calendarId;

    @Column(name = "warn_before_seconds", nullable = false)
    public long warnBeforeSeconds;

    /** Categories that stop FIRST_REPLY, NEXT_REPLY and RESOLUTION (e.g. waiting on the customer). */
    @Column(name = "pausing_categories", nullable = false)
    public String[] pausingCategories = new String[0];

    /** Categories in which PENDING_UPDATE runs (R76: Pending and On-hold). */
    @Column(name = "pending_update_categories", nullable = false)
    public String[] pendingUpdateCategories = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Escalation escalation = Escalation.NONE;

    @Column(name = "domain_rule")
    public String domainRule;

    public Set<StatusCategory> pausing() {
        return categories(pausingCategories);
    }

    public Set<StatusCategory> pendingUpdate() {
        return categories(pendingUpdateCategories);
    }

    private static Set<StatusCategory> categories(String[] values) {
        return Arrays.stream(values).map(StatusCategory::parse).filter(c -> c != null).collect(Collectors.toSet());
    }

    boolean applies(String channel, Priority priority) {
        return (channels.length == 0 || Arrays.asList(channels).contains(channel))
                && (priorities.length == 0 || Arrays.asList(priorities).contains(priority.name()));
    }

    private int specificity() {
        return (channels.length > 0 ? 2 : 0) + (priorities.length > 0 ? 1 : 0);
    }

    /** The most specific policy for a ticket's channel and priority (channel before priority, then by id). */
    public static Optional<SlaPolicy> select(Collection<SlaPolicy> policies, String channel, Priority priority) {
        return policies.stream().filter(p -> p.applies(channel, priority))
                .min(Comparator.comparingInt(SlaPolicy::specificity).reversed().thenComparing(p -> p.policyId));
    }

    public static List<SlaPolicy> ofTenant(String tenantId) {
        return list("tenantId = ?1 order by policyId", tenantId);
    }

    public static Optional<SlaPolicy> find(String tenantId, String policyId) {
        return find("tenantId = ?1 and policyId = ?2", tenantId, policyId).firstResultOptional();
    }
}
