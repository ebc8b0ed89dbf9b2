package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to a ticket; domain methods return these, the outbox publishes them. */
public sealed interface TicketEvent permits TicketCreated, MessageAdded, StatusChanged, NoteAdded, TicketClassified,
        TicketResolved, ActivityLogged, TicketMerged, TicketUnmerged, OwnerNotified, TicketAssigned,
        TicketCloned, CustomerSilent {

    UUID eventId();

    UUID ticketId();

    String tenantId();

    Instant occurredAt();

    /** The CloudEvents {@code type}, e.g. {@code ticket.created}. */
    String type();
}
