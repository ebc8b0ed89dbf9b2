package dev.opsdesk.ticket.domain.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One e-mail address, phone number or social handle of a customer, stored normalised. */
@Entity
@Table(name = "customer_identity")
public class CustomerIdentity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdentityKind kind;

    @Column(nullable = false)
    public String value;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<CustomerIdentity> find(String tenantId, Identity identity) {
        return find("tenantId = ?1 and kind = ?2 and value = ?3", tenantId, identity.kind(), identity.value())
                .firstResultOptional();
    }

    public static List<CustomerIdentity> of(UUID customerId) {
        return list("customerId = ?1 order by kind, value", customerId);
    }

    /** Moves every identity of one customer to another; returns how many moved. */
    public static int moveAll(UUID from, UUID to) {
        return update("customerId = ?1 where customerId = ?2", to, from);
    }
}
