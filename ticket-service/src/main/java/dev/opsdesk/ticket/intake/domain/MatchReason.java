package dev.opsdesk.ticket.intake.domain;

/**
 * Why an inbound contact ended on the ticket it is on, recorded on the message, shown in the API
 * and sent in {@code ticket.message-added} (matchReason). E-mail threading tries, in this order:
 * our own Message-ID in In-Reply-To/References, the ticket token in the subject, then in the body,
 * and otherwise opens a new ticket (R27).
 */
public enum MatchReason {
    /** In-Reply-To or References names a mail we sent on the ticket. */
    REPLY_TO_OUR_MESSAGE_ID,
    /** In-Reply-To or References names a mail the ticket received (the customer's own thread). */
    REPLY_TO_THREAD_MESSAGE_ID,
    /** The ticket token [#…] in the subject, from the requester or a participant. */
    TICKET_TOKEN_IN_SUBJECT,
    /** The ticket token [#…] in the body, from the requester or a participant. */
    TICKET_TOKEN_IN_BODY,
    /** A bounce (DSN) of a mail we sent on the ticket. */
    BOUNCE_OF_OUR_MESSAGE,
    /** R27: nothing matched, a new ticket. */
    NEW_TICKET,
    /** A token of another ticket, from someone who is not on it: a new ticket linked as possibly related. */
    NEW_TICKET_POSSIBLY_RELATED,
    /** Chat: the provider's conversation id is this ticket's. */
    CHAT_CONVERSATION,
    /** Messenger: the open ticket of this sender's handle. */
    OPEN_TICKET_OF_SENDER,
    /** Call: the agent named the ticket (R129, R130). */
    CALL_ON_GIVEN_TICKET,
    /** Call: the caller's open ticket, found by phone number (R130: no new case). */
    CALL_OPEN_TICKET_OF_CALLER
}
