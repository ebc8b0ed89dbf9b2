package dev.opsdesk.ticket.domain.note;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An internal note written with one of the tenant's note templates. */
@Entity
@Table(name = "ticket_note")
public class TicketNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "template_id", nullable = false)
    public String templateId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String fields;

    @Column(nullable = false)
    public String body;

    /** Problems accepted under a warn or QA-flag tenant setting (G4), for the evaluator. */
    @Column(nullable = false)
    public String[] warnings;

    /** R132: notes in a public format (Festival case comments) are visible to the customer. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public dev.opsdesk.ticket.domain.Visibility visibility = dev.opsdesk.ticket.domain.Visibility.INTERNAL;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<TicketNote> of(UUID ticketId) {
        return list("ticketId = ?1 order by createdAt, id", ticketId);
    }

    /** The note templates a ticket has notes in (R16). */
    public static java.util.Set<String> templatesOn(UUID ticketId) {
        return new java.util.HashSet<>(getEntityManager()
                .createQuery("select distinct n.templateId from TicketNote n where n.ticketId = ?1", String.class)
                .setParameter(1, ticketId)
                .getResultList());
    }
}
