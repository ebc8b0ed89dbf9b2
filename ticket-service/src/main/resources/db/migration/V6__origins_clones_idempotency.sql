-- S004 §7.4: case origin; §7.3: clones stay linked to their origin; R128: a new case for an unrelated question.
ALTER TABLE ticket ADD COLUMN origin text;
ALTER TABLE ticket ADD COLUMN cloned_from uuid REFERENCES ticket (id);
ALTER TABLE ticket ADD COLUMN clone_reason text;
ALTER TABLE ticket ADD COLUMN department text;
ALTER TABLE ticket ADD COLUMN related_to uuid REFERENCES ticket (id);

-- Idempotency-Key on intake: the same key and body give the same ticket, never a second one.
CREATE TABLE idempotency_key (
    tenant_id     text        NOT NULL,
    key           text        NOT NULL,
    request_hash  text        NOT NULL,
    -- deferred: the key is claimed first, then the ticket it names is created in the same transaction
    ticket_id     uuid        NOT NULL REFERENCES ticket (id) DEFERRABLE INITIALLY DEFERRED,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
