package dev.opsdesk.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The group/queue routing-service put a ticket in, and the last routing decision applied to it. */
@Entity
@Table(name = "ticket_routing")
public class TicketRouting extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "group_id")
    public String groupId;

    @Column(name = "last_decision_id")
    public UUID lastDecisionId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public static TicketRouting of(Ticket ticket, Instant now) {
        TicketRouting routing = TicketRouting.findById(ticket.id);
        if (routing == null) {
            routing = new TicketRouting();
            routing.ticketId = ticket.id;
            routing.tenantId = ticket.tenantId;
            routing.changedAt = now;
            routing.persist();
        }
        return routing;
    }
}
