package dev.opsdesk.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant's routing rule: conditions → a fallback chain of targets, in force between two dates (A45). */
@Entity
@Table(name = "routing_rule")
public class RoutingRule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(nullable = false)
    public String name;

    /** Lower runs first. */
    @Column(nullable = false)
    public int priority;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public RuleConditions conditions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<RuleTarget> targets = new ArrayList<>();

    /** Where the ticket waits when no target of the chain is available (default: the tenant's default group). */
    @Column(name = "queue_group")
    public String queueGroup;

    @Column(name = "required_skills", nullable = false)
    public String[] requiredSkills = new String[0];

    @Column(name = "effective_from")
    public Instant effectiveFrom;

    /** Exclusive; null = "until further notice". */
    @Column(name = "effective_until")
    public Instant effectiveUntil;

    @Column(nullable = false)
    public boolean enabled = true;

    /** The DOMAIN.md rule this routing rule implements, e.g. R118. */
    @Column(name = "domain_rule")
    public String domainRule;

    public String note;

    public boolean effectiveAt(Instant at) {
        return (effectiveFrom == null || !at.isBefore(effectiveFrom))
                && (effectiveUntil == null || at.isBefore(effectiveUntil));
    }

    public List<String> requiredSkillList() {
        return Arrays.asList(requiredSkills);
    }

    public String label() {
        return "'" + name + "'" + (domainRule == null ? "" : " (" + domainRule + ")");
    }

    public static List<RoutingRule> ofTenant(String tenantId) {
        return list("tenantId = ?1 order by priority, ruleId", tenantId);
    }

    public static Optional<RoutingRule> find(String tenantId, String ruleId) {
        return find("tenantId = ?1 and ruleId = ?2", tenantId, ruleId).firstResultOptional();
    }
}
