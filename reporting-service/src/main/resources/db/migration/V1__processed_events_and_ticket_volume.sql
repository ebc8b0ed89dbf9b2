-- Idempotent consumption: one row per applied event, inserted in the transaction of its effect.
CREATE TABLE processed_event (
    event_id      uuid PRIMARY KEY,
    event_type    text        NOT NULL,
    processed_at  timestamptz NOT NULL
);

CREATE TABLE reported_ticket (
    ticket_id   uuid PRIMARY KEY,
    tenant_id   text        NOT NULL,
    channel     text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX reported_ticket_tenant_created_idx ON reported_ticket (tenant_id, created_at);
