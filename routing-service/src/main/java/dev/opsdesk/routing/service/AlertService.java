package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.NotFound;
import dev.opsdesk.routing.domain.alert.AlertAcknowledgement;
import dev.opsdesk.routing.domain.alert.AlertStatus;
import dev.opsdesk.routing.domain.alert.QueueAlert;
import dev.opsdesk.routing.domain.event.AlertAcknowledged;
import dev.opsdesk.routing.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Queue alerts for their recipient role, and their acknowledgements (R116). */
@ApplicationScoped
public class AlertService {

    private final TenantLock lock;
    private final AlertTickets tickets;
    private final OutboxWriter outbox;
    private final Clock clock;

    AlertService(TenantLock lock, AlertTickets tickets, OutboxWriter outbox, Clock clock) {
        this.lock = lock;
        this.tickets = tickets;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An alert with its tickets and who acknowledged it. */
    public record AlertView(QueueAlert alert, List<UUID> ticketIds, List<AlertAcknowledgement> acknowledgements) {
    }

    @Transactional
    public List<AlertView> list(String tenantId, boolean includeCleared) {
        List<QueueAlert> alerts = includeCleared
                ? QueueAlert.list("tenantId = ?1 order by detectedAt desc", tenantId)
                : QueueAlert.liveOfTenant(tenantId);
        return alerts.stream().map(this::view).toList();
    }

    @Transactional
    public AlertView get(String tenantId, UUID alertId) {
        return view(alert(tenantId, alertId));
    }

    /**
     * Records that {@code userId} saw the alert (once per user). The recipient role's acknowledgement
     * (the director's) marks the alert ACKNOWLEDGED; an agent's lets them assign again (R116).
     */
    @Transactional
    public AlertView acknowledge(String tenantId, UUID alertId, String userId, String role, String note) {
        lock.lock(tenantId);
        QueueAlert alert = alert(tenantId, alertId);
        if (!AlertAcknowledgement.exists(alertId, userId)) {
            Instant now = clock.instant();
            AlertAcknowledgement ack = new AlertAcknowledgement();
            ack.alertId = alertId;
            ack.userId = userId;
            ack.role = role;
            ack.note = note;
            ack.acknowledgedAt = now;
            ack.persist();
            if (role.equals(alert.recipientRole) && alert.status == AlertStatus.OPEN) {
                alert.status = AlertStatus.ACKNOWLEDGED;
            }
            outbox.append(List.of(new AlertAcknowledged(UUID.randomUUID(), alertId, tenantId, userId, role, note, now)));
        }
        return view(alert);
    }

    private AlertView view(QueueAlert alert) {
        return new AlertView(alert, tickets.of(alert), AlertAcknowledgement.of(alert.alertId));
    }

    private static QueueAlert alert(String tenantId, UUID alertId) {
        return QueueAlert.findInTenant(tenantId, alertId).orElseThrow(() -> new NotFound("No alert " + alertId));
    }
}
