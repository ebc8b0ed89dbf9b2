-- Idempotent consumption: one row per applied event, inserted in the transaction of its effect.
CREATE TABLE processed_event (
    event_id      uuid PRIMARY KEY,
    event_type    text        NOT NULL,
    processed_at  timestamptz NOT NULL
);

CREATE TABLE routing_ticket (
    ticket_id    uuid PRIMARY KEY,
    tenant_id    text        NOT NULL,
    channel      text        NOT NULL,
    received_at  timestamptz NOT NULL,
    state        text        NOT NULL
);
CREATE INDEX routing_ticket_tenant_state_idx ON routing_ticket (tenant_id, state);
