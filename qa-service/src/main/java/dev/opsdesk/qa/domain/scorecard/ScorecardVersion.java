package dev.opsdesk.qa.domain.scorecard;

import dev.opsdesk.qa.domain.Json;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One version of a tenant's scorecard; versions are never changed, an edit adds the next one. */
@Entity
@Table(name = "scorecard_version")
public class ScorecardVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "scorecard_id", nullable = false)
    public String scorecardId;
    @Column(nullable = false)
    public int version;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "definition", nullable = false, columnDefinition = "jsonb")
    public String definitionJson;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static ScorecardVersion of(String tenantId, Scorecard card, int version, String actor, Instant now) {
        ScorecardVersion row = new ScorecardVersion();
        row.tenantId = tenantId;
        row.scorecardId = card.id();
        row.version = version;
        row.definitionJson = Json.write(card);
        row.createdAt = now;
        row.createdBy = actor;
        return row;
    }

    public Scorecard definition() {
        return Json.read(definitionJson, Scorecard.class);
    }

    public static Optional<ScorecardVersion> latest(String tenantId, String scorecardId) {
        return find("tenantId = ?1 and scorecardId = ?2 order by version desc", tenantId, scorecardId)
                .firstResultOptional();
    }

    public static Optional<ScorecardVersion> exact(String tenantId, String scorecardId, int version) {
        return find("tenantId = ?1 and scorecardId = ?2 and version = ?3", tenantId, scorecardId, version)
                .firstResultOptional();
    }

    public static List<ScorecardVersion> versions(String tenantId, String scorecardId) {
        return list("tenantId = ?1 and scorecardId = ?2 order by version", tenantId, scorecardId);
    }

    /** The newest version of each of the tenant's scorecards. */
    public static List<ScorecardVersion> latestOfTenant(String tenantId) {
        // the outer row needs its alias: an unqualified scorecardId would bind to v and take the tenant-wide max
        return find("from ScorecardVersion s where s.tenantId = ?1 and s.version = (select max(v.version)"
                + " from ScorecardVersion v where v.tenantId = s.tenantId and v.scorecardId = s.scorecardId)"
                + " order by s.scorecardId", tenantId).list();
    }
}
