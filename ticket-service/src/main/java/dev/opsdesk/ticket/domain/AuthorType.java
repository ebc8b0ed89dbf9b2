package dev.opsdesk.ticket.domain;

/** Who wrote a message (DOMAIN.md §2.2 last_message_author). */
public enum AuthorType { CUSTOMER, STAFF, BOT, SYSTEM }
