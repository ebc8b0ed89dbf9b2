package dev.opsdesk.routing.domain.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A30: a role rules route to ("finance owner"), held by a person for a period. */
@Entity
@Table(name = "routing_role")
public class RoutingRole extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "role_id", nullable = false)
    public String roleId;

    @Column(nullable = false)
    public String name;

    public static RoutingRole of(String tenantId, String roleId, String name) {
        RoutingRole role = new RoutingRole();
        role.id = UUID.randomUUID();
        role.tenantId = tenantId;
        role.roleId = roleId;
        role.name = name;
        return role;
    }

    public static List<RoutingRole> ofTenant(String tenantId) {
        return list("tenantId = ?1 order by roleId", tenantId);
    }

    public static Optional<RoutingRole> find(String tenantId, String roleId) {
        return find("tenantId = ?1 and roleId = ?2", tenantId, roleId).firstResultOptional();
    }
}
