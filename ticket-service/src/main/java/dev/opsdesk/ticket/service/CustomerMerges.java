package dev.opsdesk.ticket.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.AuditEntry;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.customer.Customer;
import dev.opsdesk.ticket.domain.customer.CustomerAudit;
import dev.opsdesk.ticket.domain.customer.CustomerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Merging two records of the same person: identities and tickets move to the survivor, so R35/R36
 * ("same customer") hold for tickets that came in under either record.
 */
@ApplicationScoped
public class CustomerMerges {

    private final Clock clock;

    private final AuditLog audit;

    CustomerMerges(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public CustomerService.Profile merge(String tenantId, UUID intoId, UUID fromId, Actor actor) {
        Map<UUID, Customer> locked = lockInIdOrder(tenantId, intoId, fromId);
        Customer into = locked.get(intoId);
        Customer from = locked.get(fromId);
        JsonNode before = audit.snapshot(Map.of("into", CustomerService.profile(into),
                "from", CustomerService.profile(from)));
        into.absorb(from);
        Instant now = now();

        int identities = CustomerIdentity.moveAll(from.id, into.id);
        // Through the entities, so each ticket's version moves on and a concurrent edit cannot write the old customer back
        List<Ticket> tickets = Ticket.list("tenantId = ?1 and customerId = ?2", tenantId, from.id);
        for (Ticket ticket : tickets) {
            ticket.customerId = into.id;
            AuditEntry.of(ticket, actor, "customer", from.id.toString(), into.id.toString(), "customers merged", now)
                    .persist();
        }
        // Records merged into `from` earlier now point straight at the survivor: one hop at most
        Customer.update("mergedInto = ?1, version = version + 1 where mergedInto = ?2 and tenantId = ?3",
                into.id, from.id, tenantId);

        String moved = identities + " identities and " + tickets.size() + " tickets moved";
        CustomerAudit.of(into, actor, "merge", from.id.toString(), into.id.toString(), moved, now).persist();
        CustomerAudit.of(from, actor, "merge", from.id.toString(), into.id.toString(), moved, now).persist();
        CustomerService.Profile merged = CustomerService.profile(into);
        audit.record(tenantId, "customer.merged", "customer", into.id.toString(), before, audit.snapshot(Map.of(
                "into", merged, "from", from.id, "moved", moved,
                "customerAudit", "/api/v1/customers/" + into.id + "/audit")));
        return merged;
    }

    /** Both rows write-locked, lower id first, so two merges of the same pair cannot deadlock. */
    private static Map<UUID, Customer> lockInIdOrder(String tenantId, UUID a, UUID b) {
        Map<UUID, Customer> locked = new HashMap<>();
        Stream.of(a, b).distinct().sorted().forEach(id -> locked.put(id,
                Customer.findInTenant(tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                        .orElseThrow(() -> CustomerService.notFound(id))));
        return locked;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
