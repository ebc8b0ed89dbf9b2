CREATE TABLE ticket (
    id               uuid PRIMARY KEY,
    tenant_id        text        NOT NULL,
    channel          text        NOT NULL,
    subject          text        NOT NULL,
    requester_email  text        NOT NULL,
    status           text        NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE INDEX ticket_tenant_created_idx ON ticket (tenant_id, created_at DESC);

-- Transactional outbox: written in the same transaction as the state change, published by the relay.
CREATE TABLE outbox_event (
    position      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      uuid        NOT NULL UNIQUE,
    event_type    text        NOT NULL,
    aggregate_id  uuid        NOT NULL,
    tenant_id     text        NOT NULL,
    payload       jsonb       NOT NULL,
    occurred_at   timestamptz NOT NULL,
    published_at  timestamptz,
    attempts      integer     NOT NULL DEFAULT 0,
    last_error    text
);
CREATE INDEX outbox_event_unpublished_idx ON outbox_event (position) WHERE published_at IS NULL;
