package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusDef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

    /** A44: the customer the requester is, whatever channel this ticket came from. */
    @Column(name = "customer_id")
    public UUID customerId;

    /** The tenant's status code (e.g. AWAITING_REPLY). */
    @Column(nullable = false)
    public String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_category", nullable = false)
    public StatusCategory statusCategory;

    @Column(name = "status_entered_at", nullable = false)
    public Instant statusEnteredAt;

    public String store;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "last_message_at")
    public Instant lastMessageAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_message_author")
    public AuthorType lastMessageAuthor;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** A change and the events it caused, to be stored together. */
    public record Change<T>(T result, List<TicketEvent> events) {
    }

    /** R27: a new contact becomes a ticket in the tenant's initial status (New). */
    public static Change<Ticket> open(String tenantId, TenantTemplate template, String channel, String subject,
                                      String requesterEmail, UUID customerId, String store, Instant now) {
        if (template.channel(channel).isEmpty()) {
            throw new RuleViolation(null, "channel", "'" + channel + "' is not a channel of this tenant; use one of "
                    + template.channels().stream().map(TenantTemplate.ChannelDef::code).toList());
        }
        if (store != null && (template.stores() == null || !template.stores().contains(store))) {
            throw new RuleViolation(null, "store", "'" + store + "' is not a store of this tenant; use one of "
                    + (template.stores() == null ? List.of() : template.stores()));
        }
        StatusDef initial = template.initialStatus();
        Ticket ticket = new Ticket();
        ticket.store = store;
        ticket.id = UUID.randomUUID();
        ticket.tenantId = tenantId;
        ticket.channel = channel;
        ticket.subject = subject.strip();
        ticket.requesterEmail = requesterEmail.strip().toLowerCase(Locale.ROOT);
        ticket.customerId = customerId;
        ticket.status = initial.code();
        ticket.statusCategory = initial.category();
        ticket.statusEnteredAt = now;
        ticket.createdAt = now;
        List<TicketEvent> events = List.of(new TicketCreated(UUID.randomUUID(), ticket.id, tenantId, channel,
                ticket.subject, ticket.statusCategory, ticket.status, store, new TicketCreated.Requester(ticket.requesterEmail), customerId, now));
        return new Change<>(ticket, events);
    }

    public Change<TicketMessage> addMessage(AuthorType author, String authorId, Visibility visibility, String body,
                                            Instant now) {
        TicketMessage message = new TicketMessage();
        message.id = UUID.randomUUID();
        message.ticketId = id;
        message.originTicketId = id;
        message.tenantId = tenantId;
        message.authorType = author;
        message.authorId = authorId;
        message.visibility = visibility;
        message.body = body;
        message.createdAt = now;
        if (visibility == Visibility.PUBLIC) {
            lastMessageAt = now;
            lastMessageAuthor = author;
        }
        return new Change<>(message, List.of(new MessageAdded(UUID.randomUUID(), id, tenantId, message.id, id, author,
                authorId, visibility, body, now)));
    }

    /** R22–R28, R32: a status change the tenant's rules allow; returns the reminder it requires, if any. */
    public Change<Optional<TicketReminder>> changeStatus(TenantTemplate template, StatusChangeRequest request, Actor actor,
                                                         Instant now) {
        StatusDef target = StatusTransitionRules.check(template, this, request);
        StatusChanged.Status from = new StatusChanged.Status(status, statusCategory);
        status = target.code();
        statusCategory = target.category();
        statusEnteredAt = now;
        Optional<TicketReminder> reminder = Optional.empty();
        if (target.createsReminder()) {
            // R32: In Progress always comes with a follow-up reminder for the owner
            TicketReminder r = new TicketReminder();
            r.id = UUID.randomUUID();
            r.ticketId = id;
            r.tenantId = tenantId;
            r.ownerId = ownerId != null ? ownerId : actor.id();
            r.dueAt = request.reminderDueAt() != null ? request.reminderDueAt() : now.plusSeconds(24 * 3600);
            r.reason = "Update owed to the customer (" + target.label() + ")";
            r.createdAt = now;
            reminder = Optional.of(r);
        }
        return new Change<>(reminder, List.of(new StatusChanged(UUID.randomUUID(), id, tenantId, from,
                new StatusChanged.Status(status, statusCategory), actor.id(), request.overrideReason(),
                reminder.map(r -> r.dueAt).orElse(null), now)));
    }

    /** Optimistic concurrency: a client that read {@code expected} may only change that version. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new StaleTicketException(expected, version);
        }
    }

    public static Optional<Ticket> findInTenant(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResultOptional();
    }
}
