-- R132: notes in a public format (Festival case comments) are visible to the customer.
ALTER TABLE ticket_note ADD COLUMN visibility text NOT NULL DEFAULT 'INTERNAL';

-- R11: the order system's feed of order statuses, for the On-Hold review list.
CREATE TABLE order_status (
    tenant_id   text        NOT NULL,
    order_id    text        NOT NULL,
    status      text        NOT NULL,
    status_since timestamptz NOT NULL,
    store       text,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, order_id)
);
CREATE INDEX order_status_review_idx ON order_status (tenant_id, status, status_since);
