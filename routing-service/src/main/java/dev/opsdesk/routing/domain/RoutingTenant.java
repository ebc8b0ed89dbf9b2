package dev.opsdesk.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant routing knows: the template it was set up from and its own copy of the settings. */
@Entity
@Table(name = "routing_tenant")
public class RoutingTenant extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "template_id", nullable = false)
    public String templateId;

    @Column(name = "template_version", nullable = false)
    public int templateVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public TenantSettings settings;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
