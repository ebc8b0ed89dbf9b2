package dev.opsdesk.routing.domain.people;

import dev.opsdesk.routing.domain.Strategy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A group queue; its strategy (round robin or least loaded) picks among its members. */
@Entity
@Table(name = "agent_group")
public class AgentGroup extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "group_id", nullable = false)
    public String groupId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Strategy strategy;

    /** Round robin: the member who got the group's previous ticket. */
    @Column(name = "last_agent_id")
    public String lastAgentId;

    public static AgentGroup of(String tenantId, String groupId, String name, Strategy strategy) {
        if (strategy != Strategy.ROUND_ROBIN && strategy != Strategy.LEAST_LOADED) {
            throw new IllegalArgumentException("a group routes by ROUND_ROBIN or LEAST_LOADED, not " + strategy);
        }
        AgentGroup group = new AgentGroup();
        group.id = UUID.randomUUID();
        group.tenantId = tenantId;
        group.groupId = groupId;
        group.name = name;
        group.strategy = strategy;
        return group;
    }

    public static List<AgentGroup> ofTenant(String tenantId) {
        return list("tenantId = ?1 order by groupId", tenantId);
    }

    public static Optional<AgentGroup> find(String tenantId, String groupId) {
        return find("tenantId = ?1 and groupId = ?2", tenantId, groupId).firstResultOptional();
    }
}
