-- One delivery per (subscription, event): written in the transaction that writes the event's outbox
-- row, so it commits with the event or not at all; the unique key makes a second one impossible
-- (the relay re-publishing an event to Kafka never touches this table). The body is the CloudEvent
-- as sent, fixed at creation: every attempt and redelivery signs the same bytes.
create table webhook_delivery (
    id               uuid primary key,
    seq              bigserial   not null unique,
    tenant_id        text        not null,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    event_id         uuid        not null,
    event_type       text        not null,
    body             text        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    give_up_at       timestamptz not null,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    constraint webhook_delivery_once_uq unique (subscription_id, event_id)
);

create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, seq desc);

-- Every attempt: when, the answer's status code (null on a network error), how long, the error and
-- the first 1 KB of the answer's body.
create table webhook_delivery_attempt (
    id            bigserial primary key,
    delivery_id   uuid        not null references webhook_delivery (id) on delete cascade,
    attempted_at  timestamptz not null,
    status_code   integer,
    duration_ms   integer     not null,
    error         text,
    response_body text
);

create index webhook_delivery_attempt_delivery_idx on webhook_delivery_attempt (delivery_id, id);
