package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.NewTicket;
import dev.opsdesk.ticket.domain.Requester;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketMessage;
import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.domain.customer.CustomerIdentity;
import dev.opsdesk.ticket.domain.customer.Identity;
import dev.opsdesk.ticket.domain.note.TicketNote;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.domain.worklog.CallOutcome;
import dev.opsdesk.ticket.domain.worklog.WorkItem;
import dev.opsdesk.ticket.domain.worklog.WorkLog;
import dev.opsdesk.ticket.intake.domain.MatchReason;
import dev.opsdesk.ticket.intake.domain.call.CallRules;
import dev.opsdesk.ticket.intake.domain.call.CallRules.Direction;
import dev.opsdesk.ticket.messaging.out.OutboxWriter;
import dev.opsdesk.ticket.service.TenantService;
import dev.opsdesk.ticket.service.TicketService;
import dev.opsdesk.ticket.service.WorkLogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Logs a call on a ticket, in one transaction: the ticket the agent names, else the caller's open
 * ticket found by phone number (R130: no new case), else a new ticket on the phone channel (origin
 * Phone, R125); a summary message, the voice note (R15) or "log a call" (R129, R130), the work log
 * with the category R3 gives, and after an aftersales call with an order the recap e-mail (R17, A36)
 * with its note (R18), which the mail relay then sends.
 */
@ApplicationScoped
public class CallIntake {

    private final TicketService tickets;
    private final WorkLogService workLogs;
    private final TenantService tenants;
    private final IntakeSettingsService settings;
    private final OutboxWriter outbox;
    private final EntityManager em;
    private final Clock clock;

    CallIntake(TicketService tickets, WorkLogService workLogs, TenantService tenants, IntakeSettingsService settings,
               OutboxWriter outbox, EntityManager em, Clock clock) {
        this.tickets = tickets;
        this.outbox = outbox;
        this.workLogs = workLogs;
        this.tenants = tenants;
        this.settings = settings;
        this.em = em;
        this.clock = clock;
    }

    /** A call as the agent or the telephony system reports it. */
    public record Call(Direction direction, CallOutcome outcome, String phone, UUID ticketId, String customerName,
                       String email, String subject, String issue, String resolution, String pertinentInformation,
                       int durationSeconds, boolean aftersales, String orderId, String lobEmailAddress) {
    }

    public record Logged(UUID callId, UUID ticketId, boolean newTicket, String matchReason, UUID messageId,
                         UUID noteId, UUID workLogId, String taskCategory, UUID recapMessageId, UUID recapNoteId) {
    }

    @Transactional
    public Logged log(String tenantId, Actor agent, Call call) {
        TenantTemplate rules = tenants.rules(tenantId);
        String phone = Identity.phone(call.phone(), "phone").value();
        String channel = settings.requireChannel(tenantId, settings.of(tenantId), IntakeSettingsService.Path.PHONE);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        MatchReason reason;
        Ticket ticket;
        Optional<Ticket> open = call.ticketId() == null ? openTicketOf(tenantId, phone) : Optional.empty();
        if (call.ticketId() != null) {
            ticket = tickets.get(tenantId, call.ticketId()); // R129, R130: logged on that case
            reason = MatchReason.CALL_ON_GIVEN_TICKET;
        } else if (open.isPresent()) {
            ticket = open.get(); // R130: an incoming call about an existing case opens no new case
            reason = MatchReason.CALL_OPEN_TICKET_OF_CALLER;
        } else {
            String subject = call.subject() != null && !call.subject().isBlank() ? call.subject().strip()
                    : (call.direction() == Direction.INBOUND ? "Call from " : "Call to ") + phone;
            ticket = tickets.open(tenantId, new NewTicket(null, channel, subject,
                    new Requester(call.email(), call.customerName(), phone, null), null, null, null));
            reason = MatchReason.NEW_TICKET;
        }
        TicketMessage summary = summary(ticket, agent, call, phone, reason, now);
        TicketNote note = CallRules.note(rules, call.direction(), phone, call.issue(), call.resolution(),
                call.pertinentInformation())
                .map(n -> tickets.addNote(tenantId, ticket.id, null, agent, n.templateId(), n.fields(), null))
                .orElse(null);
        String category = CallRules.taskCategory(call.direction(), call.outcome());
        WorkLog workLog = rules.taskCategories() == null || rules.taskCategories().isEmpty() ? null
                : workLogs.log(tenantId, ticket.id, agent, new WorkItem(category, call.durationSeconds(), channel,
                call.direction() == Direction.OUTBOUND ? call.outcome() : null, null, null));
        TicketService.TemplatedMessage recap = recap(tenantId, rules, ticket, agent, call);
        UUID callId = record(tenantId, ticket, call, phone, reason, workLog, note, agent, now);
        return new Logged(callId, ticket.id, reason == MatchReason.NEW_TICKET, reason.name(), summary.id,
                note == null ? null : note.id, workLog == null ? null : workLog.id,
                workLog == null ? null : workLog.taskCategory, recap == null ? null : recap.message().id,
                recap == null || recap.note() == null ? null : recap.note().id);
    }

    private TicketService.TemplatedMessage recap(String tenantId, TenantTemplate rules, Ticket ticket, Actor agent,
                                                 Call call) {
        String orderId = call.orderId() != null ? call.orderId().strip() : ticket.orderId;
        if (!CallRules.recapDue(rules, call.aftersales(), orderId, call.outcome())) {
            return null;
        }
        if (ticket.requesterEmail == null && customerEmail(ticket).isEmpty()) {
            throw new RuleViolation("R17", "email", "the recap e-mail after an aftersales call needs the customer's"
                    + " e-mail address");
        }
        if (ticket.orderId == null) {
            tickets.classify(tenantId, ticket.id, null, agent, List.of(ticket.topics), orderId, ticket.shipmentId,
                    ticket.sku, false, ticket.type, null);
        }
        Map<String, String> values = new HashMap<>();
        values.put("issue", call.issue());
        values.put("resolution", call.resolution());
        values.put("lob_email_address", call.lobEmailAddress());
        // R17: sent by the same agent who handled the call; R18: its note is logged with it
        return tickets.sendTemplate(tenantId, ticket.id, null, agent, CallRules.RECAP_TEMPLATE, values);
    }

    private TicketMessage summary(Ticket ticket, Actor agent, Call call, String phone, MatchReason reason, Instant now) {
        StringBuilder text = new StringBuilder(CallRules.source(call.direction(), phone))
                .append(" - ").append(call.outcome().name().toLowerCase().replace('_', ' '))
                .append(", ").append(call.durationSeconds()).append(" s");
        appendLine(text, "Issue", call.issue());
        appendLine(text, "Resolution", call.resolution());
        appendLine(text, "Pertinent information", call.pertinentInformation());
        Ticket.Change<TicketMessage> added = ticket.addMessage(AuthorType.STAFF, agent.id(), Visibility.INTERNAL,
                text.toString(), now);
        TicketMessage message = added.result();
        message.matchReason = reason.name();
        message.persist();
        outbox.append(added.events().stream()
                .map(e -> e instanceof dev.opsdesk.ticket.domain.MessageAdded m ? m.withIntake(reason.name(), List.of()) : e)
                .toList());
        return message;
    }

    private UUID record(String tenantId, Ticket ticket, Call call, String phone, MatchReason reason, WorkLog workLog,
                        TicketNote note, Actor agent, Instant now) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into call_log (id, tenant_id, ticket_id, direction, outcome, phone, attached_reason,
                                              work_log_id, note_id, agent_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, id).setParameter(2, tenantId).setParameter(3, ticket.id)
                .setParameter(4, call.direction().name()).setParameter(5, call.outcome().name()).setParameter(6, phone)
                .setParameter(7, reason.name()).setParameter(8, workLog == null ? null : workLog.id)
                .setParameter(9, note == null ? null : note.id).setParameter(10, agent.id()).setParameter(11, now)
                .executeUpdate();
        return id;
    }

    /** The caller's newest ticket that is still open, on any channel (A44: one customer across channels). */
    private static Optional<Ticket> openTicketOf(String tenantId, String phone) {
        return CustomerIdentity.find(tenantId, Identity.phone(phone, "phone"))
                .flatMap(identity -> Ticket.<Ticket>find("""
                                tenantId = ?1 and customerId = ?2 and closedAt is null and mergedInto is null
                                order by createdAt desc""", tenantId, identity.customerId)
                        .firstResultOptional());
    }

    private static Optional<String> customerEmail(Ticket ticket) {
        return ticket.customerId == null ? Optional.empty() : CustomerIdentity.of(ticket.customerId).stream()
                .filter(i -> i.kind == dev.opsdesk.ticket.domain.customer.IdentityKind.EMAIL).map(i -> i.value)
                .findFirst();
    }

    private static void appendLine(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append('\n').append(label).append(": ").append(value.strip());
        }
    }
}
