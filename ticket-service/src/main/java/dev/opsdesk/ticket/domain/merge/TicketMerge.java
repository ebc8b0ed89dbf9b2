package dev.opsdesk.ticket.domain.merge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One merge of source tickets into a target, with the state needed to undo it. */
@Entity
@Table(name = "ticket_merge")
public class TicketMerge extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(name = "source_ids", nullable = false)
    public UUID[] sourceIds;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String snapshot;

    @Column(name = "merged_by", nullable = false)
    public String mergedBy;

    @Column(name = "merged_at", nullable = false)
    public Instant mergedAt;

    @Column(name = "unmerged_by")
    public String unmergedBy;

    @Column(name = "unmerged_at")
    public Instant unmergedAt;

    /** The latest merge into {@code targetId} that has not been undone. */
    public static Optional<TicketMerge> latestActive(String tenantId, UUID targetId) {
        return find("tenantId = ?1 and targetId = ?2 and unmergedAt is null order by mergedAt desc", tenantId, targetId)
                .firstResultOptional();
    }
}
