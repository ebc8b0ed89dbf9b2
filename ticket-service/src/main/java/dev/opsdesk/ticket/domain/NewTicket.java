package dev.opsdesk.ticket.domain;

import java.util.UUID;

/** What a new ticket is opened with; {@code origin} and {@code relatedTo} serve §7.4 (R125–R128). */
public record NewTicket(UUID id, String channel, String subject, Requester requester, String store, String origin,
                        UUID relatedTo) {

    /** A ticket from an e-mail address (web form, agent). */
    public NewTicket(UUID id, String channel, String subject, String requesterEmail, String store, String origin,
                     UUID relatedTo) {
        this(id, channel, subject, Requester.ofEmail(requesterEmail), store, origin, relatedTo);
    }

    public String requesterEmail() {
        return requester == null ? null : requester.email();
    }

    public NewTicket withId(UUID newId) {
        return new NewTicket(newId, channel, subject, requester, store, origin, relatedTo);
    }
}
