package dev.opsdesk.ticket.service;

import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TicketService {

    private final OutboxWriter outbox;
    private final Clock clock;

    TicketService(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stores the new ticket and its {@code ticket.created} event in one transaction. */
    @Transactional
    public Ticket open(String tenantId, String channel, String subject, String requesterEmail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Ticket.Opened opened = Ticket.open(tenantId, channel, subject, requesterEmail, now);
        opened.ticket().persist();
        outbox.append(opened.events());
        return opened.ticket();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Ticket> find(String tenantId, UUID id) {
        return Ticket.findInTenant(tenantId, id);
    }
}
