package dev.opsdesk.qa.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One ticket event as QA read it (this service's own record of the event's data), in arrival order:
 * what AutoQA assembles the conversation from.
 */
@Entity
@Table(name = "qa_timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String data;

    public static TimelineEntry of(String tenantId, UUID ticketId, UUID eventId, String eventType, Instant occurredAt,
                                   String data) {
        TimelineEntry entry = new TimelineEntry();
        entry.tenantId = tenantId;
        entry.ticketId = ticketId;
        entry.eventId = eventId;
        entry.eventType = eventType;
        entry.occurredAt = occurredAt;
        entry.data = data;
        return entry;
    }

    public static List<TimelineEntry> ofTickets(String tenantId, Collection<UUID> ticketIds) {
        return list("tenantId = ?1 and ticketId in ?2 order by position", tenantId, ticketIds);
    }
}
