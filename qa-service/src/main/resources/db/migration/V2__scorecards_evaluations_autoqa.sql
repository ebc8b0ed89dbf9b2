-- What ticket.created says about an interaction, its owner, and when AutoQA is due to (re)run.
ALTER TABLE qa_interaction
    ADD COLUMN subject          text,
    ADD COLUMN store            text,
    ADD COLUMN requester_name   text,
    ADD COLUMN requester_email  text,
    ADD COLUMN requester_phone  text,
    ADD COLUMN requester_social text,
    ADD COLUMN owner_id         text,
    ADD COLUMN status_category  text,
    ADD COLUMN autoqa_due_at    timestamptz,
    ADD COLUMN autoqa_attempts  integer NOT NULL DEFAULT 0;
CREATE INDEX qa_interaction_autoqa_due_idx ON qa_interaction (autoqa_due_at) WHERE autoqa_due_at IS NOT NULL;

-- Every ticket event QA reads, in arrival order: AutoQA assembles conversations from it.
CREATE TABLE qa_timeline_entry (
    position     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    text        NOT NULL,
    ticket_id    uuid        NOT NULL,
    event_id     uuid        NOT NULL,
    event_type   text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    data         jsonb       NOT NULL
);
CREATE INDEX qa_timeline_entry_ticket_idx ON qa_timeline_entry (tenant_id, ticket_id, position);

-- A tenant's own copy of its QA settings (channel map, languages, phrase sets, rule data).
CREATE TABLE qa_tenant (
    tenant_id    text PRIMARY KEY,
    template_id  text        NOT NULL,
    settings     jsonb       NOT NULL,
    updated_at   timestamptz NOT NULL,
    updated_by   text        NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);

-- Scorecards as versioned documents: an edit inserts the next version, nothing is updated.
CREATE TABLE scorecard_version (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     text        NOT NULL,
    scorecard_id  text        NOT NULL,
    version       integer     NOT NULL,
    definition    jsonb       NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    UNIQUE (tenant_id, scorecard_id, version)
);

CREATE TABLE calibration_session (
    id                  uuid PRIMARY KEY,
    tenant_id           text        NOT NULL,
    name                text        NOT NULL,
    scorecard_id        text        NOT NULL,
    scorecard_version   integer     NOT NULL,
    reference_reviewer  text,
    reviewers           jsonb       NOT NULL,
    interactions        jsonb       NOT NULL,
    state               text        NOT NULL,
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL,
    closed_at           timestamptz
);
CREATE INDEX calibration_session_tenant_idx ON calibration_session (tenant_id, created_at, id);

CREATE TABLE evaluation (
    id                   uuid PRIMARY KEY,
    tenant_id            text         NOT NULL,
    ticket_id            uuid         NOT NULL,
    channel              text         NOT NULL,
    tenant_channel       text,
    scorecard_id         text         NOT NULL,
    scorecard_version    integer      NOT NULL,
    kind                 text         NOT NULL,
    agent_id             text,
    reviewer_id          text,
    calibration_id       uuid REFERENCES calibration_session (id),
    revision             integer      NOT NULL,
    items                jsonb        NOT NULL,
    score                numeric(5, 2),
    score_with_defaults  numeric(5, 2),
    critical_fail        boolean      NOT NULL,
    unscored             integer      NOT NULL,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    version              bigint       NOT NULL DEFAULT 0
);
-- One evaluation per interaction, and one per reviewer and interaction in a calibration session.
CREATE UNIQUE INDEX evaluation_interaction_uq ON evaluation (tenant_id, ticket_id) WHERE calibration_id IS NULL;
CREATE UNIQUE INDEX evaluation_calibration_uq ON evaluation (calibration_id, ticket_id, reviewer_id)
    WHERE calibration_id IS NOT NULL;
CREATE INDEX evaluation_tenant_idx ON evaluation (tenant_id, created_at, id);

CREATE TABLE evaluation_revision (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    evaluation_id        uuid        NOT NULL REFERENCES evaluation (id),
    revision             integer     NOT NULL,
    kind                 text        NOT NULL,
    cause                text        NOT NULL,
    actor                text,
    reason               text,
    items                jsonb       NOT NULL,
    changes              jsonb       NOT NULL,
    score                numeric(5, 2),
    score_with_defaults  numeric(5, 2),
    critical_fail        boolean     NOT NULL,
    created_at           timestamptz NOT NULL,
    UNIQUE (evaluation_id, revision)
);

CREATE TABLE autoqa_finding (
    id             uuid PRIMARY KEY,
    tenant_id      text        NOT NULL,
    ticket_id      uuid        NOT NULL,
    evaluation_id  uuid        NOT NULL REFERENCES evaluation (id),
    fingerprint    text        NOT NULL,
    rule           text        NOT NULL,
    check_id       text,
    item_id        text,
    outcome        text        NOT NULL,
    language       text,
    message_id     uuid,
    note_id        uuid,
    quote          text,
    span_start     integer,
    span_end       integer,
    explanation    text        NOT NULL,
    agent_id       text,
    flagged_at     timestamptz NOT NULL,
    superseded_at  timestamptz
);
CREATE INDEX autoqa_finding_current_idx ON autoqa_finding (evaluation_id) WHERE superseded_at IS NULL;

CREATE TABLE dispute (
    id                  uuid PRIMARY KEY,
    tenant_id           text        NOT NULL,
    evaluation_id       uuid        NOT NULL REFERENCES evaluation (id),
    ticket_id           uuid        NOT NULL,
    agent_id            text        NOT NULL,
    disputed_revision   integer     NOT NULL,
    proposals           jsonb       NOT NULL,
    comment             text        NOT NULL,
    state               text        NOT NULL,
    created_at          timestamptz NOT NULL,
    decided_by          text,
    decided_at          timestamptz,
    decision_comment    text,
    resulting_revision  integer,
    version             bigint      NOT NULL DEFAULT 0
);
-- At most one open dispute per evaluation, also under concurrent requests.
CREATE UNIQUE INDEX dispute_open_uq ON dispute (evaluation_id) WHERE state = 'OPEN';
CREATE INDEX dispute_tenant_idx ON dispute (tenant_id, created_at, id);

CREATE TABLE dispute_step (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dispute_id  uuid        NOT NULL REFERENCES dispute (id),
    action      text        NOT NULL,
    actor       text        NOT NULL,
    comment     text,
    at          timestamptz NOT NULL
);

-- Transactional outbox (ADR 0002): written with the state change, published by the relay to qa-events.
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
