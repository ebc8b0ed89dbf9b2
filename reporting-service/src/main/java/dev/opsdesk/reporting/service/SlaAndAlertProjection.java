package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.messaging.in.EventData;
import dev.opsdesk.reporting.messaging.in.RoutingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * SLA timers and breaches, queue alerts and their acknowledgements from routing-events. Each write
 * is last-writer-wins by event time (ties by event id) or insert-once, so any order ends the same.
 */
@ApplicationScoped
public class SlaAndAlertProjection {

    private final EntityManager em;

    SlaAndAlertProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UUID eventId, EventData data) {
        if (data instanceof RoutingEvents.SlaTimerChanged e) {
            Sql.update(em, """
                    insert into sla_timer as t (ticket_id, policy_id, metric, tenant_id, state, due_at, changed_at, event_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (ticket_id, policy_id, metric) do update set state = excluded.state,
                        due_at = excluded.due_at, changed_at = excluded.changed_at, event_id = excluded.event_id
                    where t.changed_at is null or (t.changed_at, t.event_id) < (excluded.changed_at, excluded.event_id)""",
                    e.ticketId(), e.policyId(), e.metric(), e.tenantId(), e.state(), e.dueAt(), e.changedAt(), eventId);
        } else if (data instanceof RoutingEvents.SlaWarning e) {
            Sql.update(em, """
                    insert into sla_timer as t (ticket_id, policy_id, metric, tenant_id, warned_due_at, warned_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (ticket_id, policy_id, metric) do update set warned_due_at = excluded.warned_due_at,
                        warned_at = excluded.warned_at
                    where t.warned_at is null or t.warned_at < excluded.warned_at""",
                    e.ticketId(), e.policyId(), e.metric(), e.tenantId(), e.dueAt(), e.warnedAt());
        } else if (data instanceof RoutingEvents.SlaBreached e) {
            Sql.update(em, """
                    insert into sla_breach (ticket_id, policy_id, metric, due_at, tenant_id, owner_id, breached_at,
                        escalation, rule)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    e.ticketId(), e.policyId(), e.metric(), e.dueAt(), e.tenantId(), e.ownerId(), e.breachedAt(),
                    e.escalation(), e.rule());
        } else if (data instanceof RoutingEvents.QueueSpikeDetected e) {
            Sql.update(em, """
                    insert into queue_alert as a (alert_id, tenant_id, queue, kind, pattern, threshold, observed,
                        ticket_count, recipient_role, first_detected_at, detected_at, event_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (alert_id) do update set queue = excluded.queue, kind = excluded.kind,
                        pattern = excluded.pattern, threshold = excluded.threshold, observed = excluded.observed,
                        ticket_count = excluded.ticket_count, recipient_role = excluded.recipient_role,
                        detected_at = excluded.detected_at, event_id = excluded.event_id
                    where (a.detected_at, a.event_id) < (excluded.detected_at, excluded.event_id)""",
                    e.alertId(), e.tenantId(), e.queue(), e.kind(), e.pattern(), e.threshold(), e.observed(),
                    e.size(), e.recipientRole(), e.detectedAt(), e.detectedAt(), eventId);
            // the later detection of the same alert carries the grown ticket list; an older one only
            // lowers first_detected_at
            Sql.update(em, """
                    update queue_alert set first_detected_at = least(first_detected_at, ?)
                    where alert_id = ?""", e.detectedAt(), e.alertId());
        } else if (data instanceof RoutingEvents.AlertAcknowledged e) {
            Sql.update(em, """
                    insert into alert_ack (alert_id, tenant_id, acknowledged_by, acknowledged_at) values (?, ?, ?, ?)
                    on conflict (alert_id) do update set acknowledged_by = excluded.acknowledged_by,
                        acknowledged_at = excluded.acknowledged_at
                    where alert_ack.acknowledged_at > excluded.acknowledged_at""",
                    e.alertId(), e.tenantId(), e.acknowledgedBy(), e.acknowledgedAt());
        } else {
            return false;
        }
        return true;
    }
}
