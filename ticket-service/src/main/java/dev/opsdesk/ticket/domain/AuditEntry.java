package dev.opsdesk.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** R134: actor, time, before, after and reason of every change that matters. */
@Entity
@Table(name = "ticket_audit")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public String before;

    public String after;

    public String reason;

    @Column(nullable = false)
    public Instant at;

    public static AuditEntry of(Ticket ticket, Actor actor, String action, String before, String after, String reason,
                                Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.ticketId = ticket.id;
        entry.tenantId = ticket.tenantId;
        entry.actor = actor.id();
        entry.action = action;
        entry.before = before;
        entry.after = after;
        entry.reason = reason;
        entry.at = at;
        return entry;
    }

    public static List<AuditEntry> of(UUID ticketId) {
        return list("ticketId = ?1 order by id", ticketId);
    }
}
