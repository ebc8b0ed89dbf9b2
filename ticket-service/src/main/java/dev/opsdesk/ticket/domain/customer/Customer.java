package dev.opsdesk.ticket.domain.customer;

import dev.opsdesk.ticket.domain.RuleViolation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A person or company (legal entity) the tenant serves, across all channels (A44). */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "legal_entity", nullable = false)
    public boolean legalEntity;

    /** Set once this record was merged into another; it then holds no identities and no tickets. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Customer register(String tenantId, String displayName, boolean legalEntity, Instant now) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.tenantId = tenantId;
        customer.displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        customer.legalEntity = legalEntity;
        customer.createdAt = now;
        return customer;
    }

    /** A new identity of this customer; the caller has made sure nobody else holds it. */
    public CustomerIdentity identify(Identity identity, Instant now) {
        requireActive("id");
        CustomerIdentity row = new CustomerIdentity();
        row.id = UUID.randomUUID();
        row.customerId = id;
        row.tenantId = tenantId;
        row.kind = identity.kind();
        row.value = identity.value();
        row.createdAt = now;
        return row;
    }

    /**
     * Takes over {@code other}: this record survives, {@code other} points to it. Moving the
     * identities and tickets is the caller's job, in the same transaction.
     */
    public void absorb(Customer other) {
        if (other.id.equals(id)) {
            throw new RuleViolation(null, "from", "A customer cannot be merged into itself");
        }
        requireActive("id");
        other.requireActive("from");
        other.mergedInto = id;
        legalEntity = legalEntity || other.legalEntity;
        if (displayName == null) {
            displayName = other.displayName;
        }
    }

    public void requireActive(String field) {
        if (mergedInto != null) {
            throw new RuleViolation(null, field, "Customer " + id + " was merged into " + mergedInto + "; use that one");
        }
    }

    public static Optional<Customer> findInTenant(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResultOptional();
    }

    public static Optional<Customer> findInTenant(String tenantId, UUID id, LockModeType lock) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).withLock(lock).firstResultOptional();
    }
}
