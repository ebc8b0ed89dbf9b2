-- Idempotent consumption: one row per applied event, inserted in the transaction of its effect.
CREATE TABLE processed_event (
    event_id      uuid PRIMARY KEY,
    event_type    text        NOT NULL,
    processed_at  timestamptz NOT NULL
);

CREATE TABLE qa_interaction (
    ticket_id    uuid PRIMARY KEY,
    tenant_id    text        NOT NULL,
    channel      text        NOT NULL,
    received_at  timestamptz NOT NULL,
    review_state text        NOT NULL
);
CREATE INDEX qa_interaction_tenant_state_idx ON qa_interaction (tenant_id, review_state);
