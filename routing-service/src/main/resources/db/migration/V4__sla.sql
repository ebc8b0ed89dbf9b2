CREATE TABLE business_calendar (
    id           uuid PRIMARY KEY,
    tenant_id    text  NOT NULL,
    calendar_id  text  NOT NULL,
    zone         text  NOT NULL,
    hours        jsonb NOT NULL,
    holidays     date[] NOT NULL DEFAULT '{}',
    UNIQUE (tenant_id, calendar_id)
);

CREATE TABLE sla_policy (
    id                         uuid PRIMARY KEY,
    tenant_id                  text    NOT NULL,
    policy_id                  text    NOT NULL,
    name                       text    NOT NULL,
    version                    integer NOT NULL,
    channels                   text[]  NOT NULL DEFAULT '{}',
    priorities                 text[]  NOT NULL DEFAULT '{}',
    targets                    jsonb   NOT NULL,
    calendar_id                text,
    warn_before_seconds        bigint  NOT NULL,
    pausing_categories         text[]  NOT NULL DEFAULT '{}',
    pending_update_categories  text[]  NOT NULL DEFAULT '{}',
    escalation                 text    NOT NULL,
    domain_rule                text,
    UNIQUE (tenant_id, policy_id)
);

-- The facts of a ticket that SLA timers are computed from; replaying a policy reads them again.
CREATE TABLE sla_fact (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    text        NOT NULL,
    ticket_id    uuid        NOT NULL,
    kind         text        NOT NULL,
    at           timestamptz NOT NULL,
    category     text,
    author_type  text,
    visibility   text
);
CREATE INDEX sla_fact_ticket_idx ON sla_fact (ticket_id, at, id);

CREATE TABLE sla_timer (
    id              uuid PRIMARY KEY,
    tenant_id       text        NOT NULL,
    ticket_id       uuid        NOT NULL,
    metric          text        NOT NULL,
    policy_id       text        NOT NULL,
    policy_version  integer     NOT NULL,
    state           text        NOT NULL,
    started_at      timestamptz,
    due_at          timestamptz,
    warn_at         timestamptz,
    warned_at       timestamptz,
    breached_at     timestamptz,
    changed_at      timestamptz NOT NULL,
    UNIQUE (ticket_id, metric)
);
CREATE INDEX sla_timer_due_idx ON sla_timer (tenant_id, due_at) WHERE state = 'RUNNING';
