package dev.opsdesk.qa.domain.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsdesk.qa.domain.Json;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One revision of an evaluation as it was: its items, scores, cause, actor, reason and item changes (G3). */
@Entity
@Table(name = "evaluation_revision")
public class EvaluationRevision extends PanacheEntityBase {

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;
    @Column(nullable = false)
    public int revision;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String cause;
    public String actor;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "items", nullable = false, columnDefinition = "jsonb")
    public String itemsJson;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "changes", nullable = false, columnDefinition = "jsonb")
    public String changesJson;
    public BigDecimal score;
    @Column(name = "score_with_defaults")
    public BigDecimal scoreWithDefaults;
    @Column(name = "critical_fail", nullable = false)
    public boolean criticalFail;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static EvaluationRevision of(Evaluation evaluation, Evaluation.Cause cause, Instant now) {
        EvaluationRevision row = new EvaluationRevision();
        row.evaluationId = evaluation.id;
        row.revision = evaluation.revision;
        row.kind = evaluation.kind;
        row.cause = cause.cause();
        row.actor = cause.actor();
        row.reason = cause.reason();
        row.itemsJson = evaluation.itemsJson;
        row.changesJson = Json.write(cause.changes() == null ? List.of() : cause.changes());
        row.score = evaluation.score;
        row.scoreWithDefaults = evaluation.scoreWithDefaults;
        row.criticalFail = evaluation.criticalFail;
        row.createdAt = now;
        return row;
    }

    public List<Change> changes() {
        return Json.read(changesJson, CHANGES);
    }

    public static List<EvaluationRevision> history(UUID evaluationId) {
        return list("evaluationId = ?1 order by revision", evaluationId);
    }
}
