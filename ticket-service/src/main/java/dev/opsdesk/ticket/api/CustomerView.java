package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.customer.CustomerAudit;
import dev.opsdesk.ticket.domain.customer.CustomerIdentity;
import dev.opsdesk.ticket.service.CustomerService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record CustomerView(UUID id, String displayName, boolean legalEntity, UUID mergedInto,
                           List<IdentityView> identities, Instant createdAt, long version) {

    public record IdentityView(String kind, String value) {
    }

    public record AuditLine(String actor, String action, String before, String after, String reason, Instant at) {

        static AuditLine of(CustomerAudit e) {
            return new AuditLine(e.actor, e.action, e.before, e.after, e.reason, e.at);
        }
    }

    static CustomerView of(CustomerService.Profile profile) {
        var c = profile.customer();
        return new CustomerView(c.id, c.displayName, c.legalEntity, c.mergedInto,
                profile.identities().stream().map(CustomerView::identity).toList(), c.createdAt, c.version);
    }

    private static IdentityView identity(CustomerIdentity i) {
        return new IdentityView(i.kind.name(), i.value);
    }
}
