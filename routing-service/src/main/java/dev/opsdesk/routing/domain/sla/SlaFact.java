package dev.opsdesk.routing.domain.sla;

import dev.opsdesk.routing.domain.StatusCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One ticket event as SLA timers need it; timers are always recomputed from all of a ticket's facts. */
@Entity
@Table(name = "sla_fact")
public class SlaFact extends PanacheEntityBase {

    public enum Kind { CREATED, STATUS, MESSAGE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    public StatusCategory category;

    /** CUSTOMER, STAFF, BOT or SYSTEM, for messages. */
    @Column(name = "author_type")
    public String authorType;

    /** PUBLIC or INTERNAL, for messages. */
    public String visibility;

    public static SlaFact status(String tenantId, UUID ticketId, Kind kind, Instant at, StatusCategory category) {
        SlaFact fact = new SlaFact();
        fact.tenantId = tenantId;
        fact.ticketId = ticketId;
        fact.kind = kind;
        fact.at = at;
        fact.category = category;
        return fact;
    }

    public static SlaFact message(String tenantId, UUID ticketId, Instant at, String authorType, String visibility) {
        SlaFact fact = new SlaFact();
        fact.tenantId = tenantId;
        fact.ticketId = ticketId;
        fact.kind = Kind.MESSAGE;
        fact.at = at;
        fact.authorType = authorType;
        fact.visibility = visibility;
        return fact;
    }

    boolean publicFrom(String author) {
        return kind == Kind.MESSAGE && author.equals(authorType) && "PUBLIC".equals(visibility);
    }

    public static List<SlaFact> of(UUID ticketId) {
        return list("ticketId = ?1 order by at, id", ticketId);
    }
}
