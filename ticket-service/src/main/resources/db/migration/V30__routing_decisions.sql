-- routing-events consumer (issue 5): idempotent consumption, one row per applied event.
CREATE TABLE processed_event (
    event_id      uuid PRIMARY KEY,
    event_type    text        NOT NULL,
    processed_at  timestamptz NOT NULL
);

-- The group/queue routing put each ticket in, and the last routing decision applied to it.
CREATE TABLE ticket_routing (
    ticket_id         uuid PRIMARY KEY REFERENCES ticket (id),
    tenant_id         text        NOT NULL,
    group_id          text,
    last_decision_id  uuid,
    changed_at        timestamptz NOT NULL
);

-- Every routing decision seen, applied or skipped (stale), so a decision is never applied twice
-- even when it arrives again under another event id.
CREATE TABLE routing_decision_applied (
    decision_id  uuid PRIMARY KEY,
    ticket_id    uuid        NOT NULL,
    tenant_id    text        NOT NULL,
    outcome      text        NOT NULL,
    reason       text,
    applied_at   timestamptz NOT NULL
);
