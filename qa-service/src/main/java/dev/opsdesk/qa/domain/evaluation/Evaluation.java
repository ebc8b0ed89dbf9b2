package dev.opsdesk.qa.domain.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsdesk.qa.domain.Json;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The evaluation of one interaction (a ticket on one scorecard channel) against one scorecard
 * version, which it keeps. Every change is a new revision with its history row and its
 * {@code qa.evaluation-completed} event. An interaction has one evaluation (AUTO until a reviewer
 * revises it, then MANUAL) plus one per reviewer in each calibration session it is part of.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    public static final String AUTO = "AUTO";
    public static final String MANUAL = "MANUAL";
    public static final String CALIBRATION = "CALIBRATION";

    private static final TypeReference<List<ItemResult>> ITEMS = new TypeReference<>() {
    };

    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;
    @Column(nullable = false)
    public String channel;
    @Column(name = "tenant_channel")
    public String tenantChannel;
    @Column(name = "scorecard_id", nullable = false)
    public String scorecardId;
    @Column(name = "scorecard_version", nullable = false)
    public int scorecardVersion;
    @Column(nullable = false)
    public String kind;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "reviewer_id")
    public String reviewerId;
    @Column(name = "calibration_id")
    public UUID calibrationId;
    @Column(nullable = false)
    public int revision;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "items", nullable = false, columnDefinition = "jsonb")
    public String itemsJson;
    public BigDecimal score;
    @Column(name = "score_with_defaults")
    public BigDecimal scoreWithDefaults;
    @Column(name = "critical_fail", nullable = false)
    public boolean criticalFail;
    @Column(nullable = false)
    public int unscored;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** A stored revision and the event that announces it. */
    public record Revised(EvaluationRevision revision, EvaluationCompleted event) {
    }

    /** What a revision is made of: its items and why, by whom. */
    public record Cause(String cause, String actor, String reason, List<Change> changes) {
    }

    public static Evaluation open(UUID ticketId, String tenantId, String channel, String tenantChannel,
                                  String scorecardId, int scorecardVersion, String kind, String agentId,
                                  UUID calibrationId, Instant now) {
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.tenantId = tenantId;
        evaluation.ticketId = ticketId;
        evaluation.channel = channel;
        evaluation.tenantChannel = tenantChannel;
        evaluation.scorecardId = scorecardId;
        evaluation.scorecardVersion = scorecardVersion;
        evaluation.kind = kind;
        evaluation.agentId = agentId;
        evaluation.calibrationId = calibrationId;
        evaluation.revision = 0;
        evaluation.createdAt = now;
        return evaluation;
    }

    public List<ItemResult> items() {
        return itemsJson == null ? List.of() : Json.read(itemsJson, ITEMS);
    }

    /** A new revision with these items; a reviewer's revision makes an AUTO evaluation MANUAL. */
    public Revised revise(Scorecard card, List<ItemResult> items, String reviewer, Cause cause, Instant now) {
        Score computed = Score.of(card, items);
        revision++;
        itemsJson = Json.write(items);
        score = computed.score();
        scoreWithDefaults = computed.scoreWithDefaults();
        criticalFail = computed.criticalFail();
        unscored = computed.unscored();
        updatedAt = now;
        if (reviewer != null) {
            reviewerId = reviewer;
            if (AUTO.equals(kind)) {
                kind = MANUAL;
            }
        }
        EvaluationRevision row = EvaluationRevision.of(this, cause, now);
        return new Revised(row, completed(items, cause.cause(), now));
    }

    public boolean sameItems(List<ItemResult> items) {
        return Json.write(items).equals(Json.write(items()));
    }

    private EvaluationCompleted completed(List<ItemResult> items, String cause, Instant now) {
        List<EvaluationCompleted.Item> scored = items.stream().filter(i -> i.result() != null)
                .map(i -> new EvaluationCompleted.Item(i.itemId(), i.section(), i.severity(), i.result(), i.provenance()))
                .toList();
        return new EvaluationCompleted(UUID.randomUUID(), id, revision, tenantId, ticketId, channel, tenantChannel,
                scorecardId, scorecardVersion, kind, cause, agentId, reviewerId, score, scoreWithDefaults, criticalFail,
                unscored, scored, now);
    }

    public static Optional<Evaluation> ofInteraction(String tenantId, UUID ticketId) {
        return find("tenantId = ?1 and ticketId = ?2 and calibrationId is null", tenantId, ticketId).firstResultOptional();
    }

    public static Optional<Evaluation> inTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
