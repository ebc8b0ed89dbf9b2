package dev.opsdesk.qa.domain.dispute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of a dispute's history: opened, accepted or rejected, by whom, when, with what comment. */
@Entity
@Table(name = "dispute_step")
public class DisputeStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;
    @Column(nullable = false)
    public String action;
    @Column(nullable = false)
    public String actor;
    public String comment;
    @Column(nullable = false)
    public Instant at;

    public static DisputeStep of(UUID disputeId, String action, String actor, String comment, Instant at) {
        DisputeStep step = new DisputeStep();
        step.disputeId = disputeId;
        step.action = action;
        step.actor = actor;
        step.comment = comment;
        step.at = at;
        return step;
    }

    public static List<DisputeStep> of(UUID disputeId) {
        return list("disputeId = ?1 order by id", disputeId);
    }
}
