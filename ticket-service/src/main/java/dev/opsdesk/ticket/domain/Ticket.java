package dev.opsdesk.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String subject;

    @Column(name = "requester_email", nullable = false)
    public String requesterEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A new ticket and the events its opening caused, to be stored together. */
    public record Opened(Ticket ticket, List<TicketEvent> events) {
    }

    public static Opened open(String tenantId, String channel, String subject, String requesterEmail, Instant now) {
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.tenantId = tenantId;
        ticket.channel = channel;
        ticket.subject = subject.strip();
        ticket.requesterEmail = requesterEmail.strip().toLowerCase(java.util.Locale.ROOT);
        ticket.status = TicketStatus.NEW;
        ticket.createdAt = now;
        TicketCreated created = new TicketCreated(UUID.randomUUID(), ticket.id, tenantId, channel, ticket.subject,
                ticket.status, new TicketCreated.Requester(ticket.requesterEmail), now);
        return new Opened(ticket, List.of(created));
    }

    public static Optional<Ticket> findInTenant(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResultOptional();
    }
}
