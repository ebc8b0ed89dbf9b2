package dev.opsdesk.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Routing's own record of a ticket it has to find an owner for. */
@Entity
@Table(name = "routing_ticket")
public class RoutableTicket extends PanacheEntityBase {

    public static final String AWAITING_ASSIGNMENT = "AWAITING_ASSIGNMENT";

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String channel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "state", nullable = false)
    public String state;

    public static RoutableTicket received(UUID ticketId, String tenantId, String channel, Instant createdAt) {
        RoutableTicket row = new RoutableTicket();
        row.ticketId = ticketId;
        row.tenantId = tenantId;
        row.channel = channel;
        row.receivedAt = createdAt;
        row.state = AWAITING_ASSIGNMENT;
        return row;
    }

    public static long awaitingAssignment(String tenantId) {
        return count("tenantId = ?1 and state = ?2", tenantId, AWAITING_ASSIGNMENT);
    }
}
