package dev.opsdesk.routing.domain.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A30: who holds a role from when until when. A scoped holder (e.g. the liaison of one festival)
 * holds it only for tickets whose store or sender domain equals the scope.
 */
@Entity
@Table(name = "role_holder")
public class RoleHolder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "role_id", nullable = false)
    public String roleId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    public String scope;

    @Column(name = "effective_from", nullable = false)
    public Instant effectiveFrom;

    @Column(name = "effective_until")
    public Instant effectiveUntil;

    public static RoleHolder of(String tenantId, String roleId, String agentId, String scope, Instant from,
                                Instant until) {
        RoleHolder holder = new RoleHolder();
        holder.id = UUID.randomUUID();
        holder.tenantId = tenantId;
        holder.roleId = roleId;
        holder.agentId = agentId;
        holder.scope = scope;
        holder.effectiveFrom = from;
        holder.effectiveUntil = until;
        return holder;
    }

    public boolean effectiveAt(Instant at) {
        return !at.isBefore(effectiveFrom) && (effectiveUntil == null || at.isBefore(effectiveUntil));
    }

    public static List<RoleHolder> ofTenant(String tenantId) {
        return list("tenantId = ?1 order by roleId, effectiveFrom", tenantId);
    }

    public static List<RoleHolder> ofRole(String tenantId, String roleId) {
        return list("tenantId = ?1 and roleId = ?2 order by effectiveFrom", tenantId, roleId);
    }
}
