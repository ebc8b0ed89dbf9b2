package dev.opsdesk.ticket.service;

import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.Conflict;
import dev.opsdesk.ticket.domain.NotFound;
import dev.opsdesk.ticket.domain.customer.Customer;
import dev.opsdesk.ticket.domain.customer.CustomerAudit;
import dev.opsdesk.ticket.domain.customer.CustomerIdentity;
import dev.opsdesk.ticket.domain.customer.CustomerTimeline;
import dev.opsdesk.ticket.domain.customer.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Customer use cases (A44): register, recognise by any identity, extend, list their tickets. */
@ApplicationScoped
public class CustomerService {

    private final CustomerDirectory directory;
    private final Clock clock;

    CustomerService(CustomerDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** A customer with its identities, as read in one transaction. */
    public record Profile(Customer customer, List<CustomerIdentity> identities) {
    }

    public record NewCustomer(String displayName, boolean legalEntity, List<Identity> identities) {
    }

    @Transactional
    public Profile register(String tenantId, Actor actor, NewCustomer request) {
        List<Identity> identities = List.copyOf(new LinkedHashSet<>(request.identities()));
        directory.lock(tenantId, identities);
        for (Identity identity : identities) {
            CustomerIdentity.find(tenantId, identity).ifPresent(taken -> {
                throw takenBy(identity, taken);
            });
        }
        Instant now = now();
        Customer customer = Customer.register(tenantId, request.displayName(), request.legalEntity(), now);
        customer.persistAndFlush();
        identities.forEach(identity -> customer.identify(identity, now).persist());
        CustomerAudit.of(customer, actor, "created", null, customer.displayName, null, now).persist();
        directory.flush();
        return profile(customer);
    }

    @Transactional
    public Profile get(String tenantId, UUID id) {
        return profile(find(tenantId, id));
    }

    @Transactional
    public Profile lookup(String tenantId, Identity identity) {
        return CustomerIdentity.find(tenantId, identity)
                .map(found -> profile(find(tenantId, found.customerId)))
                .orElseThrow(() -> new NotFound("No customer with " + identity.kind().name().toLowerCase()
                        + " '" + identity.value() + "' in this tenant"));
    }

    /** Adds an identity; empty when the customer already had it (the call is then a no-op). */
    @Transactional
    public Optional<Profile> addIdentity(String tenantId, UUID id, Actor actor, Identity identity) {
        directory.lock(tenantId, List.of(identity));
        Customer customer = Customer.findInTenant(tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(id));
        customer.requireActive("id");
        Optional<CustomerIdentity> taken = CustomerIdentity.find(tenantId, identity);
        if (taken.isPresent()) {
            if (taken.get().customerId.equals(customer.id)) {
                return Optional.empty();
            }
            throw takenBy(identity, taken.get());
        }
        Instant now = now();
        customer.identify(identity, now).persist();
        CustomerAudit.of(customer, actor, "identity-added", null, identity.kind() + " " + identity.value(), null, now)
                .persist();
        directory.flush();
        return Optional.of(profile(customer));
    }

    /** R136: a merged customer's tickets now belong to the record it was merged into, so read that one. */
    @Transactional
    public CustomerTimeline.Page timeline(String tenantId, UUID id, CustomerTimeline.Position after, int limit) {
        Customer customer = find(tenantId, id);
        while (customer.mergedInto != null) {
            customer = find(tenantId, customer.mergedInto);
        }
        return CustomerTimeline.of(tenantId, customer.id, after, limit);
    }

    @Transactional
    public List<CustomerAudit> audit(String tenantId, UUID id) {
        return CustomerAudit.of(find(tenantId, id).id);
    }

    static Profile profile(Customer customer) {
        return new Profile(customer, CustomerIdentity.of(customer.id));
    }

    static NotFound notFound(UUID id) {
        return new NotFound("No customer " + id + " in this tenant");
    }

    private static Customer find(String tenantId, UUID id) {
        return Customer.findInTenant(tenantId, id).orElseThrow(() -> notFound(id));
    }

    private static Conflict takenBy(Identity identity, CustomerIdentity taken) {
        return new Conflict("The " + identity.kind().name().toLowerCase() + " '" + identity.value()
                + "' already belongs to customer " + taken.customerId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
