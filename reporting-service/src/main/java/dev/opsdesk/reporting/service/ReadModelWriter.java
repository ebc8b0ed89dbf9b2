package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.messaging.in.EventData;
import dev.opsdesk.reporting.messaging.in.IncomingEvent;
import dev.opsdesk.reporting.messaging.in.ProcessedEvents;
import dev.opsdesk.reporting.messaging.in.TicketEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Applies one event to the read models: the processed-event mark and every effect commit together,
 * so a redelivery (or the same event read again by a rebuild) changes nothing. Used by the live
 * consumers and by the rebuild alike.
 */
@ApplicationScoped
public class ReadModelWriter {

    private final ProcessedEvents processed;
    private final TicketProjection tickets;
    private final ActivityProjection activities;
    private final SlaAndAlertProjection slaAndAlerts;
    private final QaProjection qa;
    private final EntityManager em;
    private final Event<ReadModelChanged> changed;

    ReadModelWriter(ProcessedEvents processed, TicketProjection tickets, ActivityProjection activities,
                    SlaAndAlertProjection slaAndAlerts, QaProjection qa, EntityManager em,
                    Event<ReadModelChanged> changed) {
        this.processed = processed;
        this.tickets = tickets;
        this.activities = activities;
        this.slaAndAlerts = slaAndAlerts;
        this.qa = qa;
        this.em = em;
        this.changed = changed;
    }

    /** True when the event changed the read models; false for a redelivery. */
    @Transactional
    public boolean apply(IncomingEvent event, EventData data) {
        if (!processed.firstDelivery(event.id(), event.type(), data.tenantId())) {
            return false;
        }
        Sql.update(em, "insert into reporting_tenant (tenant_id) values (?) on conflict do nothing", data.tenantId());
        if (data instanceof TicketEvents.ActivityLogged logged) {
            activities.logged(event.id(), logged);
        } else if (!tickets.apply(event.id(), data) && !slaAndAlerts.apply(event.id(), data)) {
            qa.apply(event.id(), data);
        }
        changed.fire(new ReadModelChanged(data.tenantId()));
        return true;
    }
}
