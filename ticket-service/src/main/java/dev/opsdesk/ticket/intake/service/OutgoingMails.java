package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.MessageAdded;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketMessage;
import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.domain.customer.CustomerIdentity;
import dev.opsdesk.ticket.domain.customer.IdentityKind;
import dev.opsdesk.ticket.intake.domain.IntakeSettings;
import dev.opsdesk.ticket.intake.domain.mail.OutgoingMail;
import dev.opsdesk.ticket.intake.domain.mail.ThreadToken;
import dev.opsdesk.ticket.messaging.out.TicketEventsRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records outgoing mail in the transaction that causes it (never a dual write): every public staff
 * message to the customer on an e-mail ticket, and every templated message (the R17 recap), becomes
 * an {@link OutgoingMail} with a Message-ID we thread on; the mail relay sends it. Tenants without an
 * SMTP server in their intake settings send nothing.
 */
@ApplicationScoped
public class OutgoingMails {

    private final IntakeSettingsService settings;
    private final MailThreads threads;
    private final Clock clock;

    OutgoingMails(IntakeSettingsService settings, MailThreads threads, Clock clock) {
        this.settings = settings;
        this.threads = threads;
        this.clock = clock;
    }

    /** Staff messages reach us as the events they caused, inside their transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onRecorded(@Observes TicketEventsRecorded recorded) {
        for (var event : recorded.events()) {
            if (event instanceof MessageAdded added && added.authorType() == AuthorType.STAFF
                    && added.visibility() == Visibility.PUBLIC) {
                replyFor(added);
            }
        }
    }

    private void replyFor(MessageAdded added) {
        TicketMessage message = TicketMessage.findById(added.messageId());
        Ticket ticket = Ticket.findById(added.ticketId());
        if (message == null || ticket == null || !"CUSTOMER".equals(message.recipient)) {
            return;
        }
        IntakeSettings tenantSettings = settings.of(ticket.tenantId);
        if (tenantSettings.smtp() == null) {
            return;
        }
        boolean emailTicket = settings.channel(ticket.tenantId, tenantSettings, IntakeSettingsService.Path.EMAIL)
                .map(ticket.channel::equals).orElse(false);
        boolean templated = message.templateId != null;
        if (!emailTicket && !templated) {
            return;
        }
        Optional<String> to = recipientOf(ticket);
        if (to.isEmpty()) {
            return;
        }
        // R17, R19: a templated subject is prescribed verbatim, so it carries no token; its Message-ID threads it
        String subject = templated && message.subject != null ? message.subject
                : withToken(ticket, message.subject != null ? message.subject : reply(ticket.subject));
        queue(ticket, message.id, OutgoingMail.Kind.REPLY, to.get(), subject, message.body, false, tenantSettings);
    }

    /** The optional acknowledgement of a new e-mail ticket; the caller has checked loop and flood protection. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OutgoingMail> acknowledge(Ticket ticket, IntakeSettings tenantSettings) {
        IntakeSettings.Acknowledgement ack = tenantSettings.acknowledgement();
        if (ack == null || !ack.enabled() || tenantSettings.smtp() == null || ticket.requesterEmail == null) {
            return Optional.empty();
        }
        String subject = withToken(ticket, ack.subject() == null || ack.subject().isBlank() ? reply(ticket.subject)
                : ack.subject().replace("{subject}", ticket.subject));
        String body = ack.body() == null ? "We received your message and will answer soon." : ack.body();
        return Optional.of(queue(ticket, null, OutgoingMail.Kind.ACKNOWLEDGEMENT, ticket.requesterEmail, subject,
                body.replace("{ticket}", threads.tokenOf(ticket.tenantId, ticket.id)), true, tenantSettings));
    }

    private OutgoingMail queue(Ticket ticket, UUID messageId, OutgoingMail.Kind kind, String to, String subject,
                               String body, boolean autoSubmitted, IntakeSettings tenantSettings) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OutgoingMail mail = new OutgoingMail();
        mail.id = UUID.randomUUID();
        mail.tenantId = ticket.tenantId;
        mail.ticketId = ticket.id;
        mail.ticketMessageId = messageId;
        mail.kind = kind.name();
        mail.messageIdHeader = mail.id + "@" + settings.messageIdDomain(tenantSettings);
        List<String> references = threads.messageIds(ticket.id);
        mail.inReplyTo = threads.lastInbound(ticket.id).orElse(null);
        mail.references = references.isEmpty() ? null
                : String.join(" ", references.subList(Math.max(0, references.size() - 20), references.size()));
        mail.toAddress = to;
        mail.subject = subject.length() > 998 ? subject.substring(0, 998) : subject;
        mail.body = body;
        mail.autoSubmitted = autoSubmitted;
        mail.nextAttemptAt = now;
        mail.createdAt = now;
        mail.persist();
        threads.remember(ticket.tenantId, mail.messageIdHeader, ticket.id, true, now);
        return mail;
    }

    private Optional<String> recipientOf(Ticket ticket) {
        if (ticket.requesterEmail != null) {
            return Optional.of(ticket.requesterEmail);
        }
        return ticket.customerId == null ? Optional.empty() : CustomerIdentity.of(ticket.customerId).stream()
                .filter(i -> i.kind == IdentityKind.EMAIL).map(i -> i.value).findFirst();
    }

    private String withToken(Ticket ticket, String subject) {
        String token = ThreadToken.inSubject(threads.tokenOf(ticket.tenantId, ticket.id));
        return subject.contains(token) ? subject : subject + " " + token;
    }

    private static String reply(String subject) {
        return subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
    }
}
