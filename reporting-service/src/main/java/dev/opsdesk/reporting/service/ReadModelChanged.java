package dev.opsdesk.reporting.service;

/** Fired in the transaction that changed a tenant's read models; observed after it committed. */
public record ReadModelChanged(String tenantId) {
}
