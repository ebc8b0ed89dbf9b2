package dev.opsdesk.qa.domain.profile;

import dev.opsdesk.qa.domain.Json;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A tenant's own copy of its QA settings, installed from a shipped template and editable. */
@Entity
@Table(name = "qa_tenant")
public class TenantSettings extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "template_id", nullable = false)
    public String templateId;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "settings", nullable = false, columnDefinition = "jsonb")
    public String settingsJson;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Version
    public long version;

    public static TenantSettings of(String tenantId, String templateId, QaProfile profile, String actor, Instant now) {
        TenantSettings row = new TenantSettings();
        row.tenantId = tenantId;
        row.templateId = templateId;
        row.replace(profile, actor, now);
        return row;
    }

    public void replace(QaProfile profile, String actor, Instant now) {
        settingsJson = Json.write(profile);
        updatedAt = now;
        updatedBy = actor;
    }

    public QaProfile profile() {
        return Json.read(settingsJson, QaProfile.class);
    }

    public static Optional<TenantSettings> of(String tenantId) {
        return findByIdOptional(tenantId);
    }
}
