-- A44: one customer across channels, recognised by any of its e-mails, phones or social handles.
CREATE TABLE customer (
    id            uuid PRIMARY KEY,
    tenant_id     text        NOT NULL,
    display_name  text,
    legal_entity  boolean     NOT NULL DEFAULT false,
    merged_into   uuid REFERENCES customer (id),
    created_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0
);
CREATE INDEX customer_tenant_idx ON customer (tenant_id);
CREATE INDEX customer_merged_into_idx ON customer (merged_into) WHERE merged_into IS NOT NULL;

-- Values are stored normalised (e-mail lower-cased, phone as + and digits, social as network:handle),
-- so one address or number belongs to at most one customer of a tenant.
CREATE TABLE customer_identity (
    id           uuid PRIMARY KEY,
    customer_id  uuid        NOT NULL REFERENCES customer (id),
    tenant_id    text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('EMAIL', 'PHONE', 'SOCIAL')),
    value        text        NOT NULL,
    created_at   timestamptz NOT NULL,
    CONSTRAINT customer_identity_value_uq UNIQUE (tenant_id, kind, value)
);
CREATE INDEX customer_identity_customer_idx ON customer_identity (customer_id);

-- R134: who created, extended or merged a customer record, and when.
CREATE TABLE customer_audit (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  uuid        NOT NULL,
    tenant_id    text        NOT NULL,
    actor        text        NOT NULL,
    action       text        NOT NULL,
    before       text,
    after        text,
    reason       text,
    at           timestamptz NOT NULL
);
CREATE INDEX customer_audit_customer_idx ON customer_audit (customer_id, id);

-- R35/R36 compare tickets by customer; R136 lists a customer's tickets newest first.
ALTER TABLE ticket ADD COLUMN customer_id uuid REFERENCES customer (id);
CREATE INDEX ticket_customer_created_idx ON ticket (customer_id, created_at DESC, id DESC);

-- Backfill: one customer per requester address already seen in a tenant.
CREATE TEMPORARY TABLE backfilled_customer AS
SELECT gen_random_uuid()                 AS customer_id,
       tenant_id,
       lower(btrim(requester_email))     AS email,
       min(created_at)                   AS first_seen
FROM ticket
GROUP BY tenant_id, lower(btrim(requester_email));

INSERT INTO customer (id, tenant_id, display_name, legal_entity, merged_into, created_at, version)
SELECT customer_id, tenant_id, NULL, false, NULL, first_seen, 0 FROM backfilled_customer;

INSERT INTO customer_identity (id, customer_id, tenant_id, kind, value, created_at)
SELECT gen_random_uuid(), customer_id, tenant_id, 'EMAIL', email, first_seen FROM backfilled_customer;

UPDATE ticket t
SET customer_id = b.customer_id
FROM backfilled_customer b
WHERE b.tenant_id = t.tenant_id AND b.email = lower(btrim(t.requester_email));

DROP TABLE backfilled_customer;
