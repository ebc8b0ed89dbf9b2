package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.NewTicket;
import dev.opsdesk.ticket.domain.Requester;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketMessage;
import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.intake.config.IntakeConfig;
import dev.opsdesk.ticket.intake.domain.IntakeSettings;
import dev.opsdesk.ticket.intake.domain.MatchReason;
import dev.opsdesk.ticket.intake.domain.mail.InboundMail;
import dev.opsdesk.ticket.intake.domain.mail.IntakeFlag;
import dev.opsdesk.ticket.intake.domain.mail.LoopDetector;
import dev.opsdesk.ticket.intake.domain.mail.MailAttachment;
import dev.opsdesk.ticket.intake.domain.mail.MailLimits;
import dev.opsdesk.ticket.intake.domain.mail.MailRejected;
import dev.opsdesk.ticket.intake.domain.mail.MimeMailParser;
import dev.opsdesk.ticket.intake.domain.mail.ParsedMail;
import dev.opsdesk.ticket.intake.domain.mail.QuotedReplyTrimmer;
import dev.opsdesk.ticket.intake.domain.mail.ThreadMatcher;
import dev.opsdesk.ticket.intake.domain.mail.ThreadToken;
import dev.opsdesk.ticket.service.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns one inbound mail into a ticket message, in one transaction: parse under the limits, drop a
 * Message-ID seen before, flag loops and floods, thread it ({@link ThreadMatcher}), store the
 * message with its match reason and flags, its attachments and the thread facts, and maybe queue
 * the acknowledgement. IMAP mails also advance their mailbox cursor in that transaction.
 */
@ApplicationScoped
public class MailIntake {

    private final TicketService tickets;
    private final IntakeSettingsService settings;
    private final MailThreads threads;
    private final AttachmentStore attachments;
    private final OutgoingMails outgoing;
    private final dev.opsdesk.ticket.messaging.out.OutboxWriter outbox;
    private final EntityManager em;
    private final MimeMailParser parser;
    private final Clock clock;

    MailIntake(TicketService tickets, IntakeSettingsService settings, MailThreads threads, AttachmentStore attachments,
               OutgoingMails outgoing, dev.opsdesk.ticket.messaging.out.OutboxWriter outbox, EntityManager em,
               IntakeConfig config, Clock clock) {
        this.tickets = tickets;
        this.settings = settings;
        this.threads = threads;
        this.attachments = attachments;
        this.outgoing = outgoing;
        this.outbox = outbox;
        this.em = em;
        this.parser = new MimeMailParser(new MailLimits(config.maxMessageBytes(), config.maxAttachmentBytes(),
                config.maxHeaderBytes(), config.maxMimeDepth(), config.maxMimeParts(), config.maxBodyChars()));
        this.clock = clock;
    }

    /** What became of a mail. */
    public record Result(String outcome, UUID inboundId, UUID ticketId, UUID messageId, String matchReason,
                         List<String> flags, boolean newTicket, String rejectReason) {
    }

    /** A raw mail pushed over HTTP; a {@link MailRejected} leaves nothing behind. */
    @Transactional
    public Result fromHttp(String tenantId, byte[] raw) {
        return store(tenantId, "http", null, null, raw);
    }

    /**
     * A mail fetched from {@code mailbox} by UID; {@code raw} is null when the server said it is too
     * large to fetch. Skipped when the cursor is already past it (another poller took it), recorded as
     * rejected with its reason when intake refuses it; the cursor moves on in the same transaction.
     */
    @Transactional
    public Optional<Result> fromImap(String tenantId, String mailbox, long uidValidity, long uid, byte[] raw, int size) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "mail-cursor/" + tenantId + "/" + mailbox).getSingleResult();
        if (uid <= lastUid(tenantId, mailbox, uidValidity)) {
            return Optional.empty();
        }
        String source = "imap:" + mailbox;
        Result result;
        try {
            if (raw == null) {
                throw MailRejected.tooLarge("The server reports " + size + " bytes");
            }
            result = store(tenantId, source, uidValidity, uid, raw);
        } catch (MailRejected e) {
            result = rejected(tenantId, source, uidValidity, uid, size, e.reason() + ": " + e.getMessage());
        }
        advance(tenantId, mailbox, uidValidity, uid);
        return Optional.of(result);
    }

    /** A mail the poller could not process twice in a row: recorded as rejected so the mailbox moves on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void giveUp(String tenantId, String mailbox, long uidValidity, long uid, int size, String why) {
        if (uid <= lastUid(tenantId, mailbox, uidValidity)) {
            return;
        }
        rejected(tenantId, "imap:" + mailbox, uidValidity, uid, size, "processing-failed: " + why);
        advance(tenantId, mailbox, uidValidity, uid);
    }

    /** The last UID taken from a mailbox under this UIDVALIDITY; 0 when the mailbox is new or was rebuilt. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long lastUid(String tenantId, String mailbox, long uidValidity) {
        List<?> rows = em.createNativeQuery(
                        "select last_uid from mail_cursor where tenant_id = ?1 and mailbox = ?2 and uid_validity = ?3")
                .setParameter(1, tenantId).setParameter(2, mailbox).setParameter(3, uidValidity).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    private void advance(String tenantId, String mailbox, long uidValidity, long uid) {
        em.createNativeQuery("""
                        insert into mail_cursor (tenant_id, mailbox, uid_validity, last_uid, updated_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (tenant_id, mailbox) do update
                        set uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, updated_at = excluded.updated_at""")
                .setParameter(1, tenantId).setParameter(2, mailbox).setParameter(3, uidValidity).setParameter(4, uid)
                .setParameter(5, now()).executeUpdate();
    }

    private Result rejected(String tenantId, String source, Long uidValidity, Long uid, int size, String reason) {
        InboundMail row = InboundMail.of(tenantId, source, uidValidity, uid, size, now());
        row.outcome = InboundMail.REJECTED;
        row.rejectReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        row.persist();
        return new Result(row.outcome, row.id, null, null, null, List.of(), false, row.rejectReason);
    }

    private Result store(String tenantId, String source, Long uidValidity, Long uid, byte[] raw) {
        ParsedMail mail = parser.parse(raw);
        Requester requester = requesterOf(mail);
        Instant now = now();
        if (mail.messageId() != null) {
            Optional<InboundMail> earlier = InboundMail.storedWithMessageId(tenantId, mail.messageId());
            if (earlier.isPresent()) {
                return duplicate(tenantId, source, uidValidity, uid, mail, earlier.get(), now);
            }
        }
        IntakeSettings tenantSettings = settings.of(tenantId);
        Set<IntakeFlag> flags = mail.flags().isEmpty() ? EnumSet.noneOf(IntakeFlag.class) : EnumSet.copyOf(mail.flags());
        if (LoopDetector.isOurMessageId(mail.messageId(), settings.messageIdDomain(tenantSettings))) {
            flags.add(IntakeFlag.OUR_NOTIFICATION);
        }
        if (flooding(tenantId, mail.fromAddress(), tenantSettings.floodLimitOrDefault(), now)) {
            flags.add(IntakeFlag.FLOOD);
        }
        ThreadMatcher.Decision decision = ThreadMatcher.decide(candidates(tenantId, mail, flags));
        boolean newTicket = decision.ticketId() == null;
        Ticket ticket = newTicket
                ? tickets.open(tenantId, new NewTicket(null, settings.requireChannel(tenantId, tenantSettings,
                IntakeSettingsService.Path.EMAIL), subjectOf(mail), requester, null, null, null))
                : tickets.get(tenantId, decision.ticketId());
        if (newTicket) {
            threads.tokenOf(tenantId, ticket.id); // the token exists from the first mail on, for replies without headers
        }
        boolean loop = flags.stream().anyMatch(IntakeFlag::loop);
        TicketMessage message = addMessage(ticket, mail, decision.reason(), flags, loop, newTicket, now);
        for (MailAttachment attachment : mail.attachments()) {
            attachments.store(tenantId, ticket.id, message.id, attachment, now);
        }
        threads.remember(tenantId, mail.messageId(), ticket.id, false, now);
        if (!loop) {
            List<String> people = new ArrayList<>(List.of(mail.fromAddress()));
            people.addAll(mail.otherAddresses().stream().filter(a -> !ourAddress(tenantSettings, a)).toList());
            threads.addParticipants(ticket.id, people);
        }
        if (decision.possiblyRelated() != null) {
            threads.linkPossiblyRelated(tenantId, ticket.id, decision.possiblyRelated(),
                    "token of the other ticket from a sender who is not on it", now);
        }
        InboundMail row = InboundMail.of(tenantId, source, uidValidity, uid, mail.sizeBytes(), now);
        row.outcome = InboundMail.STORED;
        row.messageIdHeader = mail.messageId();
        row.fromAddress = mail.fromAddress();
        row.subject = mail.subject();
        row.ticketId = ticket.id;
        row.ticketMessageId = message.id;
        row.matchReason = decision.reason().name();
        row.flags = message.intakeFlags;
        row.persist();
        if (newTicket && !loop) {
            outgoing.acknowledge(ticket, tenantSettings);
        }
        return new Result(row.outcome, row.id, ticket.id, message.id, row.matchReason, List.of(row.flags), newTicket, null);
    }

    private TicketMessage addMessage(Ticket ticket, ParsedMail mail, MatchReason reason, Set<IntakeFlag> flags,
                                     boolean loop, boolean newTicket, Instant now) {
        String text = newTicket ? mail.text().strip() : QuotedReplyTrimmer.trim(mail.text());
        String body = text.isBlank() ? (mail.attachments().isEmpty() ? "(empty message)" : "(attachments only)") : text;
        // Machine-sent mail is kept on the ticket but not as the customer's latest word
        AuthorType author = flags.contains(IntakeFlag.BOUNCE) ? AuthorType.SYSTEM : AuthorType.CUSTOMER;
        Ticket.Change<TicketMessage> added = ticket.addMessage(author, null, loop ? Visibility.INTERNAL : Visibility.PUBLIC,
                body, now);
        TicketMessage message = added.result();
        message.subject = mail.subject().length() > 998 ? mail.subject().substring(0, 998) : mail.subject();
        message.matchReason = reason.name();
        message.intakeFlags = flags.stream().map(Enum::name).sorted().toArray(String[]::new);
        message.persist();
        outbox.append(added.events().stream()
                .map(e -> e instanceof dev.opsdesk.ticket.domain.MessageAdded m
                        ? m.withIntake(reason.name(), List.of(message.intakeFlags)) : e)
                .toList());
        return message;
    }

    private ThreadMatcher.Candidates candidates(String tenantId, ParsedMail mail, Set<IntakeFlag> flags) {
        Optional<UUID> bounced = flags.contains(IntakeFlag.BOUNCE)
                ? threads.ticketByMessageId(tenantId, mail.reportedIds(), true) : Optional.empty();
        return new ThreadMatcher.Candidates(
                threads.ticketByMessageId(tenantId, mail.referencedIds(), true),
                threads.ticketByMessageId(tenantId, mail.referencedIds(), false),
                token(tenantId, ThreadToken.find(mail.subject()), mail.fromAddress()),
                token(tenantId, ThreadToken.find(mail.text()), mail.fromAddress()),
                bounced);
    }

    private Optional<ThreadMatcher.Token> token(String tenantId, Optional<String> token, String sender) {
        return token.flatMap(t -> threads.ticketByToken(tenantId, t))
                .map(ticketId -> new ThreadMatcher.Token(ticketId, threads.isParticipant(ticketId, sender)));
    }

    private Result duplicate(String tenantId, String source, Long uidValidity, Long uid, ParsedMail mail,
                             InboundMail earlier, Instant now) {
        if (uid != null) { // IMAP: keep a row per UID, so the mailbox's history is complete
            InboundMail row = InboundMail.of(tenantId, source, uidValidity, uid, mail.sizeBytes(), now);
            row.outcome = InboundMail.DUPLICATE;
            row.messageIdHeader = mail.messageId();
            row.fromAddress = mail.fromAddress();
            row.subject = mail.subject();
            row.ticketId = earlier.ticketId;
            row.ticketMessageId = earlier.ticketMessageId;
            row.persist();
        }
        return new Result(InboundMail.DUPLICATE, earlier.id, earlier.ticketId, earlier.ticketMessageId,
                earlier.matchReason, List.of(earlier.flags), false, null);
    }

    /** Flood limit: more mails from one sender in the window than the tenant allows (the sender is flagged). */
    private boolean flooding(String tenantId, String address, IntakeSettings.FloodLimit limit, Instant now) {
        boolean flagged = !em.createNativeQuery("select 1 from flagged_sender where tenant_id = ?1 and address = ?2")
                .setParameter(1, tenantId).setParameter(2, address).getResultList().isEmpty();
        if (flagged) {
            return true;
        }
        long recent = InboundMail.fromSince(tenantId, address, now.minus(limit.windowMinutes(), ChronoUnit.MINUTES));
        if (recent + 1 <= limit.maxMessages()) {
            return false;
        }
        em.createNativeQuery("""
                        insert into flagged_sender (tenant_id, address, reason, flagged_at) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, tenantId).setParameter(2, address)
                .setParameter(3, "more than " + limit.maxMessages() + " mails in " + limit.windowMinutes() + " minutes")
                .setParameter(4, now).executeUpdate();
        return true;
    }

    private static Requester requesterOf(ParsedMail mail) {
        try {
            return new Requester(mail.fromAddress(), mail.fromName(), null, null).normalised();
        } catch (RuleViolation e) {
            throw MailRejected.unreadable("invalid-sender", e.getMessage());
        }
    }

    private static String subjectOf(ParsedMail mail) {
        String subject = ThreadToken.strip(mail.subject());
        subject = subject.isBlank() ? "(no subject)" : subject;
        return subject.length() > 998 ? subject.substring(0, 998) : subject;
    }

    private static boolean ourAddress(IntakeSettings tenantSettings, String address) {
        boolean mailbox = tenantSettings.mailboxesOrEmpty().stream().anyMatch(m -> address.equalsIgnoreCase(m.username()));
        return mailbox || tenantSettings.smtp() != null && address.equalsIgnoreCase(tenantSettings.smtp().fromAddress());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
