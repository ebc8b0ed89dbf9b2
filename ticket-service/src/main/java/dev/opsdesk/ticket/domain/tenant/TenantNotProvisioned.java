package dev.opsdesk.ticket.domain.tenant;

/** The token names a tenant this installation does not have. */
public class TenantNotProvisioned extends RuntimeException {

    public TenantNotProvisioned(String tenantId) {
        super("Tenant '" + tenantId + "' is not provisioned here; an admin creates it from a template first");
    }
}
