package dev.opsdesk.routing.domain.sla;

/** The SLA metrics a policy may set; PENDING_UPDATE is R76/A16's "update every 2 days while pending". */
public enum SlaMetric {
    FIRST_REPLY, NEXT_REPLY, PENDING_UPDATE, RESOLUTION
}
