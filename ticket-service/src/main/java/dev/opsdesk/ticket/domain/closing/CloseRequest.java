package dev.opsdesk.ticket.domain.closing;

import java.util.UUID;

/**
 * A request to close a ticket with a resolution. {@code duplicateOf} and what the service found out
 * about it ({@code duplicateSameCustomer}, {@code duplicateChannel}) serve R95/R96;
 * {@code lastCustomerMessage} serves R87 and R89; {@code actionTaken} (staff wrote on it) serves R90.
 */
public record CloseRequest(String resolution, boolean withReply, String comment, String escalateTo,
                           UUID duplicateOf, Boolean duplicateSameCustomer, String duplicateChannel,
                           SpamKind spamKind, ClosingFacts facts, String lastCustomerMessage, boolean actionTaken) {

    /** R93: what makes a contact spam. */
    public enum SpamKind { ADVERTISING, LINKS_ONLY, UNRELATED_TO_BUSINESS }
}
