package dev.opsdesk.ticket.service;

import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.AuditEntry;
import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.NotFound;
import dev.opsdesk.ticket.domain.StatusChangeRequest;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketMessage;
import dev.opsdesk.ticket.domain.TicketReminder;
import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusDef;
import dev.opsdesk.ticket.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Ticket use cases: each stores the change and the events it caused in one transaction. */
@ApplicationScoped
public class TicketService {

    private final OutboxWriter outbox;
    private final TenantService tenants;
    private final CustomerDirectory customers;
    private final Clock clock;

    TicketService(OutboxWriter outbox, TenantService tenants, CustomerDirectory customers, Clock clock) {
        this.outbox = outbox;
        this.tenants = tenants;
        this.customers = customers;
        this.clock = clock;
    }

    /** A reply sent together with a status change. */
    public record Reply(String body) {
    }

    @Transactional
    public Ticket open(String tenantId, String channel, String subject, String requesterEmail, String store) {
        Instant now = now();
        // A44: the requester's e-mail names the customer; a refused ticket rolls a new customer back too
        UUID customerId = customers.customerForRequester(tenantId, requesterEmail, now);
        Ticket.Change<Ticket> opened = Ticket.open(tenantId, tenants.rules(tenantId), channel, subject, requesterEmail,
                customerId, store, now);
        opened.result().persist();
        outbox.append(opened.events());
        return opened.result();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ticket get(String tenantId, UUID id) {
        return Ticket.findInTenant(tenantId, id).orElseThrow(() -> new NotFound("No ticket " + id + " in this tenant"));
    }

    @Transactional
    public TicketMessage addMessage(String tenantId, UUID id, Long ifMatch, Actor actor, AuthorType author,
                                    Visibility visibility, String body) {
        Ticket ticket = get(tenantId, id);
        ticket.requireVersion(ifMatch);
        String authorId = author == AuthorType.STAFF ? actor.id() : null;
        Ticket.Change<TicketMessage> added = ticket.addMessage(author, authorId, visibility, body, now());
        added.result().persist();
        outbox.append(added.events());
        return added.result();
    }

    /** R22–R28, R32, R134: a status change, with the reply that must go with it, audited. */
    @Transactional
    public Ticket changeStatus(String tenantId, UUID id, Long ifMatch, Actor actor, String status, Optional<Reply> reply,
                               Instant reminderDueAt, Set<String> overriddenRules, String overrideReason) {
        Ticket ticket = get(tenantId, id);
        ticket.requireVersion(ifMatch);
        TenantTemplate rules = tenants.rules(tenantId);
        Instant now = now();
        boolean repliedSinceEntered = TicketMessage.staffRepliedPubliclySince(ticket.id, ticket.statusEnteredAt);
        StatusChangeRequest request = new StatusChangeRequest(status, reply.isPresent(), repliedSinceEntered,
                overriddenRules, overrideReason, reminderDueAt, false);
        String before = ticket.status;
        // Checked before the reply is stored, so a refused change leaves no reply behind.
        Ticket.Change<Optional<TicketReminder>> changed = ticket.changeStatus(rules, request, actor, now);
        reply.ifPresent(r -> {
            Ticket.Change<TicketMessage> added = ticket.addMessage(AuthorType.STAFF, actor.id(), Visibility.PUBLIC, r.body(), now);
            added.result().persist();
            outbox.append(added.events());
        });
        changed.result().ifPresent(reminder -> reminder.persist());
        AuditEntry.of(ticket, actor, "status", before, ticket.status, overrideReason, now).persist();
        outbox.append(changed.events());
        return ticket;
    }

    /** R26: a DSAT survey answer puts the ticket back to the tenant's DSAT status (CrazySales: Open). */
    @Transactional
    public Ticket recordSurvey(String tenantId, UUID id, Actor actor, boolean dissatisfied) {
        Ticket ticket = get(tenantId, id);
        if (!dissatisfied) {
            return ticket;
        }
        TenantTemplate rules = tenants.rules(tenantId);
        Optional<StatusDef> dsat = rules.statuses().stream().filter(StatusDef::setByDsat).findFirst();
        if (dsat.isEmpty() || dsat.get().code().equals(ticket.status)) {
            return ticket;
        }
        Instant now = now();
        String before = ticket.status;
        StatusChangeRequest request = new StatusChangeRequest(dsat.get().code(), false, false, Set.of(),
                "DSAT survey response", null, true);
        Ticket.Change<Optional<TicketReminder>> changed = ticket.changeStatus(rules, request, Actor.SYSTEM, now);
        AuditEntry.of(ticket, actor, "status", before, ticket.status, "DSAT survey response", now).persist();
        outbox.append(changed.events());
        return ticket;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
