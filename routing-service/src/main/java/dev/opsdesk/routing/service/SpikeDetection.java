package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.alert.AlertStatus;
import dev.opsdesk.routing.domain.alert.QueueAlert;
import dev.opsdesk.routing.domain.alert.SpikeKind;
import dev.opsdesk.routing.domain.alert.VolumeThreshold;
import dev.opsdesk.routing.domain.event.QueueSpikeDetected;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * S004 Q2, Q3: a queue holding unusually many cases (A28), or many cases with the same normalised
 * subject or sender domain within a sliding window (A29), raises ONE alert to the director role;
 * further tickets join the live alert instead of raising new ones.
 */
@ApplicationScoped
public class SpikeDetection {

    private static final int MAX_LISTED = 1000;

    private final QueueHistory history;
    private final AlertTickets alertTickets;

    SpikeDetection(QueueHistory history, AlertTickets alertTickets) {
        this.history = history;
        this.alertTickets = alertTickets;
    }

    /** A29 for a new ticket, then A28 for its queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> ticketArrived(RoutedTicket ticket, TenantSettings settings, Instant now) {
        List<RoutingEvent> events = new ArrayList<>();
        TenantSettings.Spikes spikes = settings.spikes();
        String queue = ticket.groupId != null ? ticket.groupId : settings.defaultGroup();
        Duration window = Duration.ofMinutes(spikes.patternWindowMinutes());
        Instant from = ticket.receivedAt.minus(window);
        if (ticket.normalizedSubject != null) {
            pattern(events, ticket, queue, SpikeKind.SUBJECT_PATTERN, "normalizedSubject", ticket.normalizedSubject,
                    from, spikes, now);
        }
        if (spikes.senderDomains() && ticket.senderDomain != null && !ignored(spikes, ticket.senderDomain)) {
            pattern(events, ticket, queue, SpikeKind.SENDER_DOMAIN, "senderDomain", ticket.senderDomain, from, spikes,
                    now);
        }
        events.addAll(queueChanged(ticket.tenantId, settings.defaultGroup(), settings, now));
        return events;
    }

    private void pattern(List<RoutingEvent> events, RoutedTicket ticket, String queue, SpikeKind kind, String field,
                         String value, Instant from, TenantSettings.Spikes spikes, Instant now) {
        QueueAlert live = QueueAlert.live(ticket.tenantId, queue, kind, value).orElse(null);
        if (live != null) {
            alertTickets.add(live, List.of(ticket.ticketId));
            live.observed = alertTickets.count(live);
            live.windowEnd = max(live.windowEnd, ticket.receivedAt);
            publishIfDoubled(events, live, now);
            return;
        }
        List<UUID> cluster = RoutedTicket.getEntityManager().createQuery("select t.ticketId from RoutedTicket t"
                        + " where t.tenantId = ?1 and t." + field + " = ?2 and t.receivedAt > ?3 and t.receivedAt <= ?4"
                        + " order by t.receivedAt", UUID.class)
                .setParameter(1, ticket.tenantId).setParameter(2, value).setParameter(3, from)
                .setParameter(4, ticket.receivedAt).setMaxResults(MAX_LISTED).getResultList();
        if (cluster.size() >= spikes.patternMinCases()) {
            QueueAlert alert = QueueAlert.open(ticket.tenantId, queue, kind, value, spikes.patternMinCases(),
                    cluster.size(), from, ticket.receivedAt, spikes.recipientRole(), now);
            alert.persist();
            alertTickets.add(alert, cluster);
            events.add(published(alert, now));
        }
    }

    /** A28: the queue is above max(abs, k × trailing median of the same weekday and hour). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> queueChanged(String tenantId, String queue, TenantSettings settings, Instant now) {
        List<RoutingEvent> events = new ArrayList<>();
        int size = (int) RoutedTicket.queued(tenantId, queue);
        history.sample(tenantId, queue, settings, now, size);
        TenantSettings.Spikes spikes = settings.spikes();
        double threshold = VolumeThreshold.of(spikes.volumeAbsolute(), spikes.volumeFactor(),
                history.trailingSameHour(tenantId, queue, settings, now));
        QueueAlert live = QueueAlert.live(tenantId, queue, SpikeKind.VOLUME, null).orElse(null);
        if (size <= threshold) {
            return events;
        }
        List<UUID> queued = RoutedTicket.queuedIn(tenantId, queue, MAX_LISTED).stream().map(t -> t.ticketId).toList();
        if (live == null) {
            QueueAlert alert = QueueAlert.open(tenantId, queue, SpikeKind.VOLUME, null, threshold, size, null, null,
                    spikes.recipientRole(), now);
            alert.persist();
            alertTickets.add(alert, queued);
            events.add(published(alert, now));
        } else {
            alertTickets.add(live, queued);
            live.observed = Math.max(live.observed, size);
            publishIfDoubled(events, live, now);
        }
        return events;
    }

    /** Periodic: clears alerts whose spike is over, and publishes live alerts that grew since their last event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> tick(String tenantId, TenantSettings settings, Instant now) {
        List<RoutingEvent> events = new ArrayList<>(queueChanged(tenantId, settings.defaultGroup(), settings, now));
        TenantSettings.Spikes spikes = settings.spikes();
        for (QueueAlert alert : QueueAlert.liveOfTenant(tenantId)) {
            boolean over = alert.kind == SpikeKind.VOLUME
                    ? RoutedTicket.queued(tenantId, alert.queue) <= alert.threshold
                    : alert.windowEnd == null || alert.windowEnd.plus(Duration.ofMinutes(spikes.patternWindowMinutes()))
                    .isBefore(now);
            if (over) {
                alert.status = AlertStatus.CLEARED;
                alert.clearedAt = now;
            } else if (alertTickets.count(alert) > alert.publishedCount) {
                events.add(published(alert, now));
            }
        }
        return events;
    }

    private void publishIfDoubled(List<RoutingEvent> events, QueueAlert alert, Instant now) {
        if (alertTickets.count(alert) >= 2L * alert.publishedCount) {
            events.add(published(alert, now));
        }
    }

    private QueueSpikeDetected published(QueueAlert alert, Instant now) {
        List<UUID> tickets = alertTickets.of(alert);
        alert.publishedCount = tickets.size();
        return new QueueSpikeDetected(UUID.randomUUID(), alert.alertId, alert.tenantId, alert.queue, alert.kind,
                alert.pattern, alert.threshold, alert.observed, alert.windowStart, alert.windowEnd, tickets,
                alert.recipientRole, alert.detectedAt);
    }

    private static boolean ignored(TenantSettings.Spikes spikes, String domain) {
        return spikes.ignoredSenderDomains() != null
                && spikes.ignoredSenderDomains().stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(domain));
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
