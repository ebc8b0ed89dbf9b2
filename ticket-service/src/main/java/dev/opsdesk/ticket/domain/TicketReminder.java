package dev.opsdesk.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A follow-up the owner owes the customer (R32, A43). */
@Entity
@Table(name = "ticket_reminder")
public class TicketReminder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "done_at")
    public Instant doneAt;

    public static List<TicketReminder> open(UUID ticketId) {
        return list("ticketId = ?1 and doneAt is null order by dueAt", ticketId);
    }
}
