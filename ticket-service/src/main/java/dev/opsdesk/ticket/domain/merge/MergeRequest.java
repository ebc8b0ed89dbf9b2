package dev.opsdesk.ticket.domain.merge;

/**
 * The merging agent's confirmations: that the requesters behind different e-mail addresses are the
 * same customer (A6, warn), and — for a Resolved target — that the new concern was already raised
 * there but not answered (R44, R45).
 */
public record MergeRequest(boolean differentAddressesConfirmed, boolean concernRaisedButUnanswered) {
}
