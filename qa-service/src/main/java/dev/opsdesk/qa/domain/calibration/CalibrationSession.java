package dev.opsdesk.qa.domain.calibration;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsdesk.qa.domain.Conflict;
import dev.opsdesk.qa.domain.Json;
import dev.opsdesk.qa.domain.NotFound;
import dev.opsdesk.qa.domain.RuleViolation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A calibration session: several reviewers score the same interactions on one scorecard version,
 * each on their own CALIBRATION evaluation, and are compared with the consensus (see {@link Alignment}).
 */
@Entity
@Table(name = "calibration_session")
public class CalibrationSession extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Interaction>> INTERACTIONS = new TypeReference<>() {
    };

    /** An interaction of the session: a ticket on the scorecard channel it is scored on. */
    public record Interaction(UUID ticketId, String channel, String tenantChannel, String agentId) {
    }

    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(nullable = false)
    public String name;
    @Column(name = "scorecard_id", nullable = false)
    public String scorecardId;
    @Column(name = "scorecard_version", nullable = false)
    public int scorecardVersion;
    @Column(name = "reference_reviewer")
    public String referenceReviewer;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reviewers", nullable = false, columnDefinition = "jsonb")
    public String reviewersJson;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "interactions", nullable = false, columnDefinition = "jsonb")
    public String interactionsJson;
    @Column(nullable = false)
    public String state;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "closed_at")
    public Instant closedAt;

    public static CalibrationSession open(String tenantId, String name, String scorecardId, int version,
                                          List<String> reviewers, String reference, List<Interaction> interactions,
                                          String actor, Instant now) {
        CalibrationSession session = new CalibrationSession();
        session.id = UUID.randomUUID();
        session.tenantId = tenantId;
        session.name = name;
        session.scorecardId = scorecardId;
        session.scorecardVersion = version;
        session.reviewersJson = Json.write(reviewers);
        session.referenceReviewer = reference;
        session.interactionsJson = Json.write(interactions);
        session.state = OPEN;
        session.createdBy = actor;
        session.createdAt = now;
        return session;
    }

    public List<String> reviewers() {
        return Json.read(reviewersJson, STRINGS);
    }

    public List<Interaction> interactions() {
        return Json.read(interactionsJson, INTERACTIONS);
    }

    /** The interaction {@code ticketId} of this session, for a reviewer who may score it. */
    public Interaction toScore(UUID ticketId, String reviewer) {
        if (!OPEN.equals(state)) {
            throw new Conflict("Calibration session " + id + " is closed");
        }
        List<String> reviewers = reviewers();
        if (!reviewers.isEmpty() && !reviewers.contains(reviewer) && !reviewer.equals(referenceReviewer)) {
            throw new RuleViolation("not-a-session-reviewer", null, "reviewer",
                    reviewer + " is not a reviewer of calibration session " + id);
        }
        return interactions().stream().filter(i -> i.ticketId().equals(ticketId)).findFirst()
                .orElseThrow(() -> new NotFound("Ticket " + ticketId + " is not part of calibration session " + id));
    }

    public void close(Instant now) {
        if (!OPEN.equals(state)) {
            throw new Conflict("Calibration session " + id + " is already closed");
        }
        state = CLOSED;
        closedAt = now;
    }

    public static Optional<CalibrationSession> inTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
