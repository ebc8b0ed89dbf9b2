-- Tenants: the routing template a tenant was set up from, and its settings (thresholds, end of day ...).
CREATE TABLE routing_tenant (
    tenant_id         text PRIMARY KEY,
    template_id       text        NOT NULL,
    template_version  integer     NOT NULL,
    settings          jsonb       NOT NULL,
    created_at        timestamptz NOT NULL
);

CREATE TABLE agent_group (
    id              uuid PRIMARY KEY,
    tenant_id       text NOT NULL,
    group_id        text NOT NULL,
    name            text NOT NULL,
    strategy        text NOT NULL,
    last_agent_id   text,
    UNIQUE (tenant_id, group_id)
);

CREATE TABLE agent (
    id                   uuid PRIMARY KEY,
    tenant_id            text        NOT NULL,
    agent_id             text        NOT NULL,
    display_name         text        NOT NULL,
    presence             text        NOT NULL,
    presence_changed_at  timestamptz NOT NULL,
    pending_presence     text,
    skills               text[]      NOT NULL DEFAULT '{}',
    groups               text[]      NOT NULL DEFAULT '{}',
    capacity             jsonb       NOT NULL,
    time_zone            text        NOT NULL,
    last_end_of_day_at   timestamptz,
    last_assigned_at     timestamptz,
    UNIQUE (tenant_id, agent_id)
);

-- Out-of-office periods (A30: out of office comes from the availability calendar).
CREATE TABLE agent_absence (
    id         uuid PRIMARY KEY,
    tenant_id  text        NOT NULL,
    agent_id   text        NOT NULL,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    reason     text,
    CHECK (ends_at > starts_at)
);
CREATE INDEX agent_absence_agent_idx ON agent_absence (tenant_id, agent_id, ends_at);

-- Weekly shifts in the agent's time zone; an end before the start runs past midnight.
CREATE TABLE agent_shift (
    id         uuid PRIMARY KEY,
    tenant_id  text     NOT NULL,
    agent_id   text     NOT NULL,
    weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts     time     NOT NULL,
    ends       time     NOT NULL
);
CREATE INDEX agent_shift_agent_idx ON agent_shift (tenant_id, agent_id);

-- A30: roles with a current holder and effective dates; a scoped holder (a festival's liaison)
-- applies to tickets whose store or sender domain equals the scope.
CREATE TABLE routing_role (
    id         uuid PRIMARY KEY,
    tenant_id  text NOT NULL,
    role_id    text NOT NULL,
    name       text NOT NULL,
    UNIQUE (tenant_id, role_id)
);

CREATE TABLE role_holder (
    id               uuid PRIMARY KEY,
    tenant_id        text        NOT NULL,
    role_id          text        NOT NULL,
    agent_id         text        NOT NULL,
    scope            text,
    effective_from   timestamptz NOT NULL,
    effective_until  timestamptz
);
CREATE INDEX role_holder_role_idx ON role_holder (tenant_id, role_id);

CREATE TABLE routing_rule (
    id               uuid PRIMARY KEY,
    tenant_id        text        NOT NULL,
    rule_id          text        NOT NULL,
    name             text        NOT NULL,
    priority         integer     NOT NULL,
    conditions       jsonb       NOT NULL,
    targets          jsonb       NOT NULL,
    queue_group      text,
    required_skills  text[]      NOT NULL DEFAULT '{}',
    effective_from   timestamptz,
    effective_until  timestamptz,
    enabled          boolean     NOT NULL,
    domain_rule      text,
    note             text,
    version          bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, rule_id)
);

-- What routing knows of each ticket (routing_ticket of V1, grown).
ALTER TABLE routing_ticket
    ADD COLUMN subject             text,
    ADD COLUMN normalized_subject  text,
    ADD COLUMN sender_domain       text,
    ADD COLUMN store               text,
    ADD COLUMN topics              text[]   NOT NULL DEFAULT '{}',
    ADD COLUMN case_reason         text,
    ADD COLUMN priority            text     NOT NULL DEFAULT 'NORMAL',
    ADD COLUMN priority_rank       smallint NOT NULL DEFAULT 1,
    ADD COLUMN status_code         text,
    ADD COLUMN status_category     text     NOT NULL DEFAULT 'NEW',
    ADD COLUMN owner_id            text,
    ADD COLUMN group_id            text,
    ADD COLUMN merge_owned         boolean  NOT NULL DEFAULT false,
    ADD COLUMN merged_into         uuid,
    ADD COLUMN assigned_at         timestamptz,
    ADD COLUMN responded           boolean  NOT NULL DEFAULT false,
    ADD COLUMN last_decision_id    uuid;
UPDATE routing_ticket SET state = 'QUEUED' WHERE state = 'AWAITING_ASSIGNMENT';
CREATE INDEX routing_ticket_backlog_idx ON routing_ticket (tenant_id, state, priority_rank DESC, received_at);
CREATE INDEX routing_ticket_owner_idx ON routing_ticket (tenant_id, owner_id) WHERE state = 'ASSIGNED';
CREATE INDEX routing_ticket_subject_idx ON routing_ticket (tenant_id, normalized_subject, received_at);
CREATE INDEX routing_ticket_domain_idx ON routing_ticket (tenant_id, sender_domain, received_at);

CREATE TABLE assignment_decision (
    decision_id  uuid PRIMARY KEY,
    tenant_id    text        NOT NULL,
    ticket_id    uuid        NOT NULL,
    trigger      text        NOT NULL,
    outcome      text        NOT NULL,
    agent_id     text,
    group_id     text,
    rule_id      text,
    rule_name    text,
    role_id      text,
    strategy     text        NOT NULL,
    fallbacks    jsonb       NOT NULL,
    explanation  text        NOT NULL,
    owner_before text,
    decided_by   text,
    decided_at   timestamptz NOT NULL,
    seq          bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX assignment_decision_ticket_idx ON assignment_decision (ticket_id, seq);

-- Transactional outbox of routing-events (same shape as ticket-service's, ADR 0002).
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
