package dev.opsdesk.ticket.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.AuditEntry;
import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.NewTicket;
import dev.opsdesk.ticket.domain.MessageTemplates;
import dev.opsdesk.ticket.domain.NotFound;
import dev.opsdesk.ticket.domain.Priority;
import dev.opsdesk.ticket.domain.ReplyAdvice;
import dev.opsdesk.ticket.domain.StatusChangeRequest;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketMessage;
import dev.opsdesk.ticket.domain.TicketReminder;
import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.closing.CloseRequest;
import dev.opsdesk.ticket.domain.closing.ClosingFacts;
import dev.opsdesk.ticket.domain.merge.TicketMerge;
import dev.opsdesk.ticket.domain.note.TicketNote;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusDef;
import dev.opsdesk.ticket.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
    private final ObjectMapper json;

    TicketService(OutboxWriter outbox, TenantService tenants, CustomerDirectory customers, Clock clock,
                  ObjectMapper json) {
        this.outbox = outbox;
        this.tenants = tenants;
        this.customers = customers;
        this.clock = clock;
        this.json = json;
    }

    /** A reply sent together with a status change. */
    public record Reply(String body) {
    }

    @Transactional
    public Ticket open(String tenantId, NewTicket request) {
        Instant now = now();
        if (request.relatedTo() != null) {
            get(tenantId, request.relatedTo()); // R128: the earlier case is one of this tenant's
        }
        // A44: the requester's identity names the customer; a refused ticket rolls a new customer back too
        UUID customerId = customers.customerForRequester(tenantId, request.requester(), now);
        Ticket.Change<Ticket> opened = Ticket.open(tenantId, tenants.rules(tenantId), request, customerId, now);
        opened.result().persist();
        outbox.append(opened.events());
        return opened.result();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ticket get(String tenantId, UUID id) {
        return Ticket.findInTenant(tenantId, id).orElseThrow(() -> new NotFound("No ticket " + id + " in this tenant"));
    }

    /** A stored message and the reply lint's advice on it (R49, R51; advisory, A38). */
    public record AddedMessage(TicketMessage message, List<ReplyAdvice.Advice> advice) {
    }

    @Transactional
    public AddedMessage addMessage(String tenantId, UUID id, Long ifMatch, Actor actor, AuthorType author,
                                   Visibility visibility, String body, String contentSource, String recipient) {
        Ticket ticket = get(tenantId, id);
        ticket.requireVersion(ifMatch);
        TenantTemplate.Communication communication = tenants.rules(tenantId).communication();
        boolean relayed = contentSource != null || "PURCHASER".equals(recipient);
        if (relayed && author == AuthorType.STAFF && communication != null && communication.smeApprovalRequired()) {
            // R52, A37: held for an SME, not sent
            TicketMessage held = ticket.holdForSme(actor.id(), body, contentSource, recipient, now());
            held.persist();
            AuditEntry.of(ticket, actor, "sme-approval-requested", null, held.id.toString(), contentSource, now())
                    .persist();
            return new AddedMessage(held, List.of());
        }
        String authorId = author == AuthorType.STAFF ? actor.id() : null;
        boolean staffReply = author == AuthorType.STAFF && visibility == Visibility.PUBLIC;
        List<ReplyAdvice.Advice> advice = staffReply
                ? ReplyAdvice.of(tenants.rules(tenantId), replyContext(ticket, actor), body)
                : List.of();
        Ticket.Change<TicketMessage> added = ticket.addMessage(author, authorId, visibility, body, now());
        added.result().persist();
        outbox.append(added.events());
        return new AddedMessage(added.result(), advice);
    }

    @Transactional
    public TicketNote addNote(String tenantId, UUID id, Long ifMatch, Actor actor, String templateId,
                              Map<String, String> fields, Visibility visibility) {
        Ticket ticket = get(tenantId, id);
        ticket.requireVersion(ifMatch);
        Ticket.Change<TicketNote> added = ticket.addNote(tenants.rules(tenantId), templateId, fields, toJson(fields),
                visibility, actor, now());
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
                overriddenRules, overrideReason, reminderDueAt, false, TicketNote.templatesOn(ticket.id));
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

    @Transactional
    public Ticket classify(String tenantId, UUID id, Long ifMatch, Actor actor, List<String> topics, String orderId,
                           String shipmentId, String sku, boolean noOrder, String type, Priority priority) {
        Ticket ticket = get(tenantId, id);
        ticket.requireVersion(ifMatch);
        String before = String.join(", ", ticket.topics);
        Ticket.Change<Ticket> classified = ticket.classify(tenants.rules(tenantId), topics, orderId, shipmentId, sku,
                noOrder, type, priority, actor, now());
        AuditEntry.of(ticket, actor, "classification", before, String.join(", ", ticket.topics), null, now()).persist();
        outbox.append(classified.events());
        return ticket;
    }

    /** §6, R83–R111, R134: closing with a resolution, the reply that may go with it, audited. */
    @Transactional
    public Ticket close(String tenantId, UUID id, Long ifMatch, Actor actor, CloseCommand command) {
        Ticket ticket = get(tenantId, id);
        ticket.requireVersion(ifMatch);
        Instant now = now();
        Ticket duplicate = command.duplicateOf() == null ? null
                : Ticket.findInTenant(tenantId, command.duplicateOf()).orElseThrow(() -> new RuleViolation("R95",
                "duplicateOf", "no task " + command.duplicateOf() + " in this tenant"));
        CloseRequest request = new CloseRequest(command.resolution(), command.reply() != null, command.comment(),
                command.escalateTo(), command.duplicateOf(),
                duplicate == null ? null : sameCustomer(duplicate, ticket),
                duplicate == null ? null : duplicate.channel, command.spamKind(), command.facts(),
                TicketMessage.lastFromCustomer(ticket.id), TicketMessage.staffWrote(ticket.id));
        StatusChangeRequest context = new StatusChangeRequest(null, command.reply() != null,
                TicketMessage.staffRepliedPubliclySince(ticket.id, ticket.statusEnteredAt), Set.of(), command.comment(),
                null, false, TicketNote.templatesOn(ticket.id));
        String before = ticket.status;
        Ticket.Change<TenantTemplate.ResolutionDef> closed = ticket.close(tenants.rules(tenantId), request, context,
                actor, now);
        if (command.reply() != null) {
            Ticket.Change<TicketMessage> added = ticket.addMessage(AuthorType.STAFF, actor.id(), Visibility.PUBLIC,
                    command.reply(), now);
            added.result().persist();
            outbox.append(added.events());
        }
        AuditEntry.of(ticket, actor, "resolution", before, ticket.status + " / " + ticket.resolution,
                command.comment(), now).persist();
        outbox.append(closed.events());
        return ticket;
    }

    /** What a client asks when closing a ticket. */
    public record CloseCommand(String resolution, String reply, String comment, String escalateTo, UUID duplicateOf,
                               CloseRequest.SpamKind spamKind, ClosingFacts facts) {
    }

    @Transactional
    public Ticket assign(String tenantId, UUID id, Long ifMatch, Actor actor, String owner) {
        Ticket ticket = get(tenantId, id);
        ticket.requireVersion(ifMatch);
        String before = ticket.ownerId;
        Ticket.Change<Ticket> assigned = ticket.assign(owner, actor, now());
        AuditEntry.of(ticket, actor, "owner", before, owner, null, now()).persist();
        outbox.append(assigned.events());
        return ticket;
    }

    /** R52: an SME approves a held message, which is then sent. */
    @Transactional
    public TicketMessage approveMessage(String tenantId, UUID id, UUID messageId, Actor sme) {
        Ticket ticket = get(tenantId, id);
        TicketMessage message = TicketMessage.<TicketMessage>findByIdOptional(messageId)
                .filter(m -> m.ticketId.equals(ticket.id))
                .orElseThrow(() -> new NotFound("No message " + messageId + " on ticket " + id));
        Instant now = now();
        Ticket.Change<TicketMessage> approved = ticket.approve(message, sme, now);
        AuditEntry.of(ticket, sme, "sme-approval", "PENDING", "APPROVED", message.id.toString(), now).persist();
        outbox.append(approved.events());
        return message;
    }

    /** A message written from a tenant template, and the note it logs (R18). */
    public record TemplatedMessage(TicketMessage message, TicketNote note) {
    }

    /** R17–R20: a reply from one of the tenant's message templates; the recap logs its note (R18). */
    @Transactional
    public TemplatedMessage sendTemplate(String tenantId, UUID id, Long ifMatch, Actor actor, String templateId,
                                         Map<String, String> values) {
        Ticket ticket = get(tenantId, id);
        ticket.requireVersion(ifMatch);
        TenantTemplate rules = tenants.rules(tenantId);
        MessageTemplates.Rendered rendered = MessageTemplates.render(rules, templateId, ticket, actor, values);
        Instant now = now();
        Ticket.Change<TicketMessage> added = ticket.addMessage(AuthorType.STAFF, actor.id(), Visibility.PUBLIC,
                rendered.body(), now);
        added.result().subject = rendered.subject();
        added.result().templateId = templateId;
        added.result().persist();
        outbox.append(added.events());
        TicketNote note = null;
        if (rendered.template().logsNote() != null) {
            TenantTemplate.NoteTemplateDef noteTemplate = rules.noteTemplate(rendered.template().logsNote()).orElseThrow();
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (TenantTemplate.NoteFieldDef field : noteTemplate.fields()) {
                if (field.label().equals("Ticket ID")) {
                    fields.put(field.label(), ticket.id.toString());
                } else if (field.allowedValues() != null && field.allowedValues().size() == 1) {
                    fields.put(field.label(), field.allowedValues().get(0));
                }
            }
            Ticket.Change<TicketNote> logged = ticket.addNote(rules, noteTemplate.id(), fields, toJson(fields), null,
                    actor, now);
            note = logged.result();
            note.persist();
            outbox.append(logged.events());
        }
        return new TemplatedMessage(added.result(), note);
    }

    private ReplyAdvice.Context replyContext(Ticket ticket, Actor actor) {
        TenantTemplate rules = tenants.rules(ticket.tenantId);
        List<Ticket> others = ticket.customerId == null ? List.of() : Ticket.list(
                "tenantId = ?1 and customerId = ?2 and id <> ?3 and mergedInto is null and createdAt <= ?4",
                ticket.tenantId, ticket.customerId, ticket.id, ticket.createdAt);
        boolean writtenChannel = rules.channel(ticket.channel)
                .map(c -> c.kind() == TenantTemplate.ChannelKind.ASYNC_WRITTEN).orElse(false);
        List<String> earlierLive = !writtenChannel ? List.of() : others.stream()
                .filter(t -> rules.channel(t.channel).map(c -> c.kind() == TenantTemplate.ChannelKind.LIVE_CHAT
                        || c.kind() == TenantTemplate.ChannelKind.VOICE || c.kind() == TenantTemplate.ChannelKind.SOCIAL)
                        .orElse(false))
                .map(t -> t.channel).distinct().toList();
        return new ReplyAdvice.Context(!TicketMessage.staffRepliedPubliclySince(ticket.id, Instant.EPOCH),
                ticket.type != null, TicketMerge.latestActive(ticket.tenantId, ticket.id).isPresent(),
                !TicketNote.templatesOn(ticket.id).isEmpty(), !others.isEmpty(),
                AuditEntry.count("ticketId = ?1 and action = ?2 and actor = ?3", ticket.id, "history-viewed",
                        actor.id()) > 0, earlierLive);
    }

    /** R34: the agent looked at the customer's other tickets; recorded so the reply advice knows. */
    @Transactional
    public void recordHistoryViewed(String tenantId, UUID id, Actor actor) {
        Ticket ticket = get(tenantId, id);
        AuditEntry.of(ticket, actor, "history-viewed", null, null, null, now()).persist();
    }

    /** R124: clones of a case for another department, or the additional cases it needs. */
    @Transactional
    public List<Ticket> cloneTicket(String tenantId, UUID id, Actor actor, String reason, String department, int count) {
        Ticket ticket = get(tenantId, id);
        Instant now = now();
        Ticket.Change<List<Ticket>> cloned = ticket.cloneFor(tenants.rules(tenantId), reason, department, count, actor,
                now);
        for (Ticket clone : cloned.result()) {
            clone.persist();
            AuditEntry.of(clone, actor, "cloned-from", null, ticket.id.toString(), reason, now).persist();
        }
        AuditEntry.of(ticket, actor, "cloned", null, cloned.result().size() + " clone(s)", reason, now).persist();
        outbox.append(cloned.events());
        return cloned.result();
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
                "DSAT survey response", null, true, Set.of());
        Ticket.Change<Optional<TicketReminder>> changed = ticket.changeStatus(rules, request, Actor.SYSTEM, now);
        AuditEntry.of(ticket, actor, "status", before, ticket.status, "DSAT survey response", now).persist();
        outbox.append(changed.events());
        return ticket;
    }

    /** R91, R95: the two tickets are one customer's (A44: one customer may write from several addresses). */
    private static boolean sameCustomer(Ticket a, Ticket b) {
        return a.customerId != null ? a.customerId.equals(b.customerId)
                : java.util.Objects.equals(a.requesterEmail, b.requesterEmail);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
