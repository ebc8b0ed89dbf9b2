package dev.opsdesk.ticket.domain.customer;

import dev.opsdesk.ticket.domain.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** R134: who created, extended or merged a customer record, when, and from what to what. */
@Entity
@Table(name = "customer_audit")
public class CustomerAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public String before;

    public String after;

    public String reason;

    @Column(nullable = false)
    public Instant at;

    public static CustomerAudit of(Customer customer, Actor actor, String action, String before, String after,
                                   String reason, Instant at) {
        CustomerAudit entry = new CustomerAudit();
        entry.customerId = customer.id;
        entry.tenantId = customer.tenantId;
        entry.actor = actor.id();
        entry.action = action;
        entry.before = before;
        entry.after = after;
        entry.reason = reason;
        entry.at = at;
        return entry;
    }

    public static List<CustomerAudit> of(UUID customerId) {
        return list("customerId = ?1 order by id", customerId);
    }
}
