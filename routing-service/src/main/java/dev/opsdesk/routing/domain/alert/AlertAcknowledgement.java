package dev.opsdesk.routing.domain.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** R116: a user (the director, or an agent before assigning) acknowledged an alert. */
@Entity
@Table(name = "alert_acknowledgement")
@IdClass(AlertAcknowledgement.Key.class)
public class AlertAcknowledgement extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID alertId;
        public String userId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(alertId, k.alertId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(alertId, userId);
        }
    }

    @Id
    @Column(name = "alert_id")
    public UUID alertId;

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(nullable = false)
    public String role;

    public String note;

    @Column(name = "acknowledged_at", nullable = false)
    public Instant acknowledgedAt;

    public static boolean exists(UUID alertId, String userId) {
        return count("alertId = ?1 and userId = ?2", alertId, userId) > 0;
    }

    public static List<AlertAcknowledgement> of(UUID alertId) {
        return list("alertId = ?1 order by acknowledgedAt", alertId);
    }
}
