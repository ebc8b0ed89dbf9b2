package dev.opsdesk.routing.service;

import dev.opsdesk.routing.config.RoutingConfig;
import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.TicketState;
import dev.opsdesk.routing.domain.alert.AlertStatus;
import dev.opsdesk.routing.domain.alert.PatternWindow;
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
    private final RoutingConfig config;

    SpikeDetection(QueueHistory history, AlertTickets alertTickets, RoutingConfig config) {
        this.history = history;
        this.alertTickets = alertTickets;
        this.config = config;
    }

    /** A29 for a new ticket, then A28 for its queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> ticketArrived(RoutedTicket ticket, TenantSettings settings, Instant now) {
        List<RoutingEvent> events = new ArrayList<>();
        TenantSettings.Spikes spikes = settings.spikes();
        String queue = ticket.groupId != null ? ticket.groupId : settings.defaultGroup();
        List<QueueAlert> live = QueueAlert.liveOfTenant(ticket.tenantId);
        if (ticket.normalizedSubject != null) {
            pattern(events, live, ticket, queue, SpikeKind.SUBJECT_PATTERN, "normalizedSubject",
                    ticket.normalizedSubject, spikes, now);
        }
        if (spikes.senderDomains() && ticket.senderDomain != null && !ignored(spikes, ticket.senderDomain)) {
            pattern(events, live, ticket, queue, SpikeKind.SENDER_DOMAIN, "senderDomain", ticket.senderDomain, spikes,
                    now);
        }
        if (ticket.state == TicketState.QUEUED) {
            events.addAll(volume(ticket.tenantId, settings.defaultGroup(), settings, now,
                    live.stream().filter(a -> a.kind == SpikeKind.VOLUME && a.queue.equals(settings.defaultGroup()))
                            .findFirst().orElse(null), List.of(ticket.ticketId)));
        }
        return events;
    }

    /** A29: the densest window around this case holding n cases of its pattern opens (or grows) one alert. */
    private void pattern(List<RoutingEvent> events, List<QueueAlert> live, RoutedTicket ticket, String queue,
                         SpikeKind kind, String field, String value, TenantSettings.Spikes spikes, Instant now) {
        QueueAlert alert = live.stream().filter(a -> a.kind == kind && a.queue.equals(queue)
                && value.equals(a.pattern)).findFirst().orElse(null);
        if (alert != null) {
            alert.observed += alertTickets.add(alert, List.of(ticket.ticketId)); // counting the list grew with it
            alert.windowEnd = max(alert.windowEnd, ticket.receivedAt);
            publishIfDoubled(events, alert, now);
            return;
        }
        Duration window = Duration.ofMinutes(spikes.patternWindowMinutes());
        List<Object[]> around = RoutedTicket.getEntityManager().createQuery("select t.ticketId, t.receivedAt"
                        + " from RoutedTicket t where t.tenantId = ?1 and t." + field + " = ?2 and t.receivedAt >= ?3"
                        + " and t.receivedAt <= ?4 order by t.receivedAt, t.ticketId", Object[].class)
                .setParameter(1, ticket.tenantId).setParameter(2, value)
                .setParameter(3, ticket.receivedAt.minus(window)).setParameter(4, ticket.receivedAt.plus(window))
                .setMaxResults(MAX_LISTED).getResultList();
        if (around.size() < spikes.patternMinCases()) {
            return;
        }
        List<Instant> times = around.stream().map(r -> (Instant) r[1]).toList();
        PatternWindow.densestContaining(times, ticket.receivedAt, window)
                .filter(w -> w.count() >= spikes.patternMinCases())
                .ifPresent(w -> {
                    QueueAlert opened = QueueAlert.open(ticket.tenantId, queue, kind, value, spikes.patternMinCases(),
                            w.count(), w.start(), w.end(), spikes.recipientRole(), now);
                    opened.persist();
                    alertTickets.add(opened, around.subList(w.from(), w.to()).stream().map(r -> (UUID) r[0]).toList());
                    live.add(opened);
                    events.add(published(opened, now));
                });
    }

    /**
     * A28: the queue is above max(abs, k × trailing median of the same weekday and hour). The
     * threshold is never below abs, so the history is read only for a queue above it.
     */
    private List<RoutingEvent> volume(String tenantId, String queue, TenantSettings settings, Instant now,
                                      QueueAlert live, List<UUID> joining) {
        List<RoutingEvent> events = new ArrayList<>();
        int size = (int) RoutedTicket.queued(tenantId, queue);
        TenantSettings.Spikes spikes = settings.spikes();
        if (size <= spikes.volumeAbsolute()) {
            return events;
        }
        double threshold = VolumeThreshold.of(spikes.volumeAbsolute(), spikes.volumeFactor(),
                history.trailingSameHour(tenantId, queue, settings, now));
        if (size <= threshold) {
            return events;
        }
        if (live == null) {
            QueueAlert alert = QueueAlert.open(tenantId, queue, SpikeKind.VOLUME, null, threshold, size, null, null,
                    spikes.recipientRole(), now);
            alert.persist();
            alertTickets.add(alert, RoutedTicket.queuedIn(tenantId, queue, MAX_LISTED).stream().map(t -> t.ticketId)
                    .toList());
            events.add(published(alert, now));
        } else {
            alertTickets.add(live, joining == null ? RoutedTicket.queuedIn(tenantId, queue, MAX_LISTED).stream()
                    .map(t -> t.ticketId).toList() : joining);
            live.observed = Math.max(live.observed, size);
            publishIfDoubled(events, live, now);
        }
        return events;
    }

    /** A28 after a queue grew other than by a new ticket (e.g. requeues); also samples the queue size for A28. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> queueChanged(String tenantId, String queue, TenantSettings settings, Instant now) {
        history.sample(tenantId, queue, settings, now, (int) RoutedTicket.queued(tenantId, queue));
        return volume(tenantId, queue, settings, now, QueueAlert.live(tenantId, queue, SpikeKind.VOLUME, null)
                .orElse(null), null);
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
            } else {
                long count = alertTickets.count(alert);
                if (alert.republishDue(count, true, now, config.alertRepublishInterval())) {
                    events.add(published(alert, count, now));
                }
            }
        }
        return events;
    }

    private void publishIfDoubled(List<RoutingEvent> events, QueueAlert alert, Instant now) {
        long count = alertTickets.count(alert);
        if (alert.republishDue(count, false, now, config.alertRepublishInterval())) {
            events.add(published(alert, count, now));
        }
    }

    /** The event lists the first tickets only: an alert that grew to thousands re-published every list whole. */
    private QueueSpikeDetected published(QueueAlert alert, Instant now) {
        return published(alert, alertTickets.count(alert), now);
    }

    private QueueSpikeDetected published(QueueAlert alert, long count, Instant now) {
        alert.publishedCount = (int) count;
        alert.lastPublishedAt = now;
        return new QueueSpikeDetected(UUID.randomUUID(), alert.alertId, alert.tenantId, alert.queue, alert.kind,
                alert.pattern, alert.threshold, alert.observed, alert.windowStart, alert.windowEnd,
                alertTickets.of(alert, config.alertEventTickets()), count, alert.recipientRole, alert.detectedAt);
    }

    private static boolean ignored(TenantSettings.Spikes spikes, String domain) {
        return spikes.ignoredSenderDomains() != null
                && spikes.ignoredSenderDomains().stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(domain));
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
