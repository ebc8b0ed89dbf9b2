package dev.opsdesk.ticket.intake.domain.mail;

import dev.opsdesk.ticket.intake.domain.MatchReason;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides where an inbound mail goes, in this order: our own Message-ID (then one the ticket
 * received) in In-Reply-To/References; the ticket token in the subject, then in the body; else a
 * new ticket (R27). A token only counts when the sender is the ticket's requester or a participant
 * (Zammad #5064: a stranger's mail must not land on someone's ticket); otherwise the mail opens a new
 * ticket linked to the other as possibly related.
 */
public final class ThreadMatcher {

    private ThreadMatcher() {
    }

    /** What the mail's headers and token point at, looked up by the caller. */
    public record Candidates(Optional<UUID> byOurMessageId, Optional<UUID> byThreadMessageId,
                             Optional<Token> bySubjectToken, Optional<Token> byBodyToken, Optional<UUID> bouncedTicket) {
    }

    /** A ticket a token names and whether the sender may continue it. */
    public record Token(UUID ticketId, boolean senderIsParticipant) {
    }

    /** {@code ticketId} is null for a new ticket; {@code possiblyRelated} the ticket a stranger's token named. */
    public record Decision(UUID ticketId, MatchReason reason, UUID possiblyRelated) {
    }

    public static Decision decide(Candidates c) {
        if (c.bouncedTicket().isPresent()) {
            return new Decision(c.bouncedTicket().get(), MatchReason.BOUNCE_OF_OUR_MESSAGE, null);
        }
        if (c.byOurMessageId().isPresent()) {
            return new Decision(c.byOurMessageId().get(), MatchReason.REPLY_TO_OUR_MESSAGE_ID, null);
        }
        if (c.byThreadMessageId().isPresent()) {
            return new Decision(c.byThreadMessageId().get(), MatchReason.REPLY_TO_THREAD_MESSAGE_ID, null);
        }
        Optional<Token> subject = c.bySubjectToken();
        if (subject.filter(Token::senderIsParticipant).isPresent()) {
            return new Decision(subject.get().ticketId(), MatchReason.TICKET_TOKEN_IN_SUBJECT, null);
        }
        Optional<Token> body = c.byBodyToken();
        if (body.filter(Token::senderIsParticipant).isPresent()) {
            return new Decision(body.get().ticketId(), MatchReason.TICKET_TOKEN_IN_BODY, null);
        }
        UUID stranger = subject.or(() -> body).map(Token::ticketId).orElse(null);
        // R27: a new e-mail, or a reply outside an existing thread, is a new ticket
        return stranger == null ? new Decision(null, MatchReason.NEW_TICKET, null)
                : new Decision(null, MatchReason.NEW_TICKET_POSSIBLY_RELATED, stranger);
    }
}
