package dev.opsdesk.ticket.domain.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer organisation using the platform, with its own copy of its template's rules. */
@Entity
@Table(name = "tenant")
public class Tenant extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "template_id", nullable = false)
    public String templateId;

    @Column(name = "template_version", nullable = false)
    public int templateVersion;

    /** The tenant's rules: the template as JSON at creation time (later edited per tenant). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String config;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
