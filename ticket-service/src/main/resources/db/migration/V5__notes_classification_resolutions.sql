-- Classification and closing (§6: topics, order and shipment numbers, resolution).
ALTER TABLE ticket ADD COLUMN order_id text;
ALTER TABLE ticket ADD COLUMN shipment_id text;
ALTER TABLE ticket ADD COLUMN sku text;
ALTER TABLE ticket ADD COLUMN no_order boolean NOT NULL DEFAULT false;
ALTER TABLE ticket ADD COLUMN topics varchar[] NOT NULL DEFAULT '{}';
ALTER TABLE ticket ADD COLUMN resolution text;
ALTER TABLE ticket ADD COLUMN closed_at timestamptz;

-- Notes validated against the tenant's note templates (R12–R18).
CREATE TABLE ticket_note (
    id           uuid PRIMARY KEY,
    ticket_id    uuid        NOT NULL REFERENCES ticket (id),
    tenant_id    text        NOT NULL,
    template_id  text        NOT NULL,
    fields       jsonb       NOT NULL,
    body         text        NOT NULL,
    warnings     text[]      NOT NULL DEFAULT '{}',
    author_id    text        NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX ticket_note_ticket_idx ON ticket_note (ticket_id, created_at);
