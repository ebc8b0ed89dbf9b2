package dev.opsdesk.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Reporting's own record of a ticket, the grain of the volume report. */
@Entity
@Table(name = "reported_ticket")
public class ReportedTicket extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String channel;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static ReportedTicket of(UUID ticketId, String tenantId, String channel, Instant createdAt) {
        ReportedTicket ticket = new ReportedTicket();
        ticket.ticketId = ticketId;
        ticket.tenantId = tenantId;
        ticket.channel = channel;
        ticket.createdAt = createdAt;
        return ticket;
    }

    public static long createdIn(String tenantId) {
        return count("tenantId", tenantId);
    }
}
