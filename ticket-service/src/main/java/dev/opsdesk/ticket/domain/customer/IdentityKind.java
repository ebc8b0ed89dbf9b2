package dev.opsdesk.ticket.domain.customer;

/** How a customer can be recognised on a channel (A44). */
public enum IdentityKind {
    EMAIL,
    PHONE,
    SOCIAL
}
