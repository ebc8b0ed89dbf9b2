-- Tenants keep their own copy of the template they were created from (A45: effective_from inside).
CREATE TABLE tenant (
    id                text PRIMARY KEY,
    name              text        NOT NULL,
    template_id       text        NOT NULL,
    template_version  integer     NOT NULL,
    config            jsonb       NOT NULL,
    created_at        timestamptz NOT NULL
);

-- Status is the tenant's label code; status_category the canonical category (§2.3) reports use.
ALTER TABLE ticket ADD COLUMN status_category text;
UPDATE ticket SET status_category = status;
ALTER TABLE ticket ALTER COLUMN status_category SET NOT NULL;
ALTER TABLE ticket ADD COLUMN status_entered_at timestamptz;
UPDATE ticket SET status_entered_at = created_at;
ALTER TABLE ticket ALTER COLUMN status_entered_at SET NOT NULL;
ALTER TABLE ticket ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN store text;
ALTER TABLE ticket ADD COLUMN owner_id text;
ALTER TABLE ticket ADD COLUMN last_message_at timestamptz;
ALTER TABLE ticket ADD COLUMN last_message_author text;

CREATE TABLE ticket_message (
    id               uuid PRIMARY KEY,
    ticket_id        uuid        NOT NULL REFERENCES ticket (id),
    origin_ticket_id uuid        NOT NULL,
    tenant_id        text        NOT NULL,
    author_type      text        NOT NULL,
    author_id        text,
    visibility       text        NOT NULL,
    body             text        NOT NULL,
    created_at       timestamptz NOT NULL
);
CREATE INDEX ticket_message_ticket_idx ON ticket_message (ticket_id, created_at);

CREATE TABLE ticket_reminder (
    id          uuid PRIMARY KEY,
    ticket_id   uuid        NOT NULL REFERENCES ticket (id),
    tenant_id   text        NOT NULL,
    owner_id    text,
    due_at      timestamptz NOT NULL,
    reason      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    done_at     timestamptz
);
CREATE INDEX ticket_reminder_due_idx ON ticket_reminder (tenant_id, due_at) WHERE done_at IS NULL;

-- R134: who did what, when, from what to what, and why.
CREATE TABLE ticket_audit (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id  uuid        NOT NULL,
    tenant_id  text        NOT NULL,
    actor      text        NOT NULL,
    action     text        NOT NULL,
    before     text,
    after      text,
    reason     text,
    at         timestamptz NOT NULL
);
CREATE INDEX ticket_audit_ticket_idx ON ticket_audit (ticket_id, id);
