-- Read models of issue 7. Every projection is a commutative, idempotent merge of events (see
-- README "Read models"), so the figures do not depend on the order in which topics are read.
--
-- History is needed: the V1 consumer committed offsets past every event type it ignored. The
-- consumer group is therefore versioned (reporting-service-v2 in application.properties) and
-- replays all topics from the beginning into the emptied tables.
TRUNCATE processed_event, reported_ticket;

ALTER TABLE processed_event ADD COLUMN tenant_id text;
CREATE INDEX processed_event_tenant_idx ON processed_event (tenant_id);

-- Position of a row version in the commit history, for incremental exports (README "Exports").
CREATE FUNCTION stamp_row_xid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_xid := pg_current_xact_id();
    RETURN NEW;
END $$;

-- One row per ticket; a stub row exists when another topic mentions the ticket before its
-- ticket.created arrived (created_at is then null and the ticket counts nowhere yet).
ALTER TABLE reported_ticket
    ALTER COLUMN channel DROP NOT NULL,
    ALTER COLUMN created_at DROP NOT NULL,
    ADD COLUMN subject text,
    ADD COLUMN store text,
    ADD COLUMN origin text,
    ADD COLUMN customer_id uuid,
    ADD COLUMN status_code text,
    ADD COLUMN status_category text,
    ADD COLUMN status_at timestamptz,
    ADD COLUMN status_rank int,
    ADD COLUMN status_event uuid,
    ADD COLUMN resolution text,
    ADD COLUMN resolution_category text,
    ADD COLUMN resolution_at timestamptz,
    ADD COLUMN resolution_event uuid,
    ADD COLUMN topics text[] NOT NULL DEFAULT '{}',
    ADD COLUMN topics_at timestamptz,
    ADD COLUMN topics_event uuid,
    ADD COLUMN owner_id text,
    ADD COLUMN owner_at timestamptz,
    ADD COLUMN owner_event uuid,
    ADD COLUMN group_id text,
    ADD COLUMN group_at timestamptz,
    ADD COLUMN group_event uuid,
    ADD COLUMN first_response_at timestamptz,
    ADD COLUMN last_public_update_at timestamptz,
    ADD COLUMN public_replies int NOT NULL DEFAULT 0,
    ADD COLUMN first_resolved_at timestamptz,
    ADD COLUMN last_resolved_at timestamptz,
    ADD COLUMN reopen_count int NOT NULL DEFAULT 0,
    ADD COLUMN last_reopened_at timestamptz,
    ADD COLUMN transferred boolean NOT NULL DEFAULT false,
    ADD COLUMN merged_into uuid,
    ADD COLUMN merge_at timestamptz,
    ADD COLUMN merge_event uuid,
    ADD COLUMN merges_received int NOT NULL DEFAULT 0,
    ADD COLUMN frt_seconds bigint,
    ADD COLUMN frt_business_seconds bigint,
    ADD COLUMN resolution_seconds bigint,
    ADD COLUMN resolution_business_seconds bigint,
    ADD COLUMN is_open boolean NOT NULL DEFAULT false,
    ADD COLUMN row_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE TRIGGER reported_ticket_row_xid BEFORE INSERT OR UPDATE ON reported_ticket
    FOR EACH ROW EXECUTE FUNCTION stamp_row_xid();
CREATE INDEX reported_ticket_open_idx ON reported_ticket (tenant_id, group_id, created_at) WHERE is_open;
CREATE INDEX reported_ticket_waiting_idx ON reported_ticket (tenant_id, status_at)
    WHERE is_open AND status_category IN ('WAITING_CUSTOMER', 'WAITING_INTERNAL');
CREATE INDEX reported_ticket_resolved_idx ON reported_ticket (tenant_id, first_resolved_at)
    WHERE first_resolved_at IS NOT NULL;
CREATE INDEX reported_ticket_export_idx ON reported_ticket (tenant_id, row_xid, ticket_id);

-- Work logs (ticket.activity-logged), immutable; the raw rows feed exports only.
CREATE TABLE activity (
    activity_id      uuid PRIMARY KEY,
    tenant_id        text        NOT NULL,
    agent_id         text        NOT NULL,
    ticket_id        uuid,
    task_category    text        NOT NULL,
    category_row     int         NOT NULL,
    standard_minutes int         NOT NULL,
    actual_seconds   int         NOT NULL,
    channel          text,
    channel_kind     text,
    logged_at        timestamptz NOT NULL,
    work_day         date        NOT NULL,
    row_xid          xid8        NOT NULL DEFAULT pg_current_xact_id()
);
CREATE TRIGGER activity_row_xid BEFORE INSERT OR UPDATE ON activity
    FOR EACH ROW EXECUTE FUNCTION stamp_row_xid();
CREATE INDEX activity_export_idx ON activity (tenant_id, row_xid, activity_id);

-- Rollups the consumer maintains in the transaction of each work log, so that reports and the
-- dashboard never scan raw rows. work_day is the tenant's local day of loggedAt.
CREATE TABLE agent_day_category (
    tenant_id        text   NOT NULL,
    work_day         date   NOT NULL,
    agent_id         text   NOT NULL,
    category_row     int    NOT NULL,
    task_category    text   NOT NULL,
    activities       bigint NOT NULL,
    standard_seconds bigint NOT NULL,
    actual_seconds   bigint NOT NULL,
    PRIMARY KEY (tenant_id, work_day, agent_id, category_row, task_category)
);
CREATE TABLE agent_day (
    tenant_id        text   NOT NULL,
    work_day         date   NOT NULL,
    agent_id         text   NOT NULL,
    activities       bigint NOT NULL,
    standard_seconds bigint NOT NULL,
    actual_seconds   bigint NOT NULL,
    PRIMARY KEY (tenant_id, work_day, agent_id)
);
CREATE TABLE tenant_day_category (
    tenant_id        text   NOT NULL,
    work_day         date   NOT NULL,
    category_row     int    NOT NULL,
    task_category    text   NOT NULL,
    activities       bigint NOT NULL,
    standard_seconds bigint NOT NULL,
    actual_seconds   bigint NOT NULL,
    PRIMARY KEY (tenant_id, work_day, category_row, task_category)
);

-- SLA timers of routing-service: the latest state per ticket, policy and metric (by changedAt).
CREATE TABLE sla_timer (
    ticket_id   uuid        NOT NULL,
    policy_id   text        NOT NULL,
    metric      text        NOT NULL,
    tenant_id   text        NOT NULL,
    state       text,
    due_at      timestamptz,
    changed_at  timestamptz,
    event_id    uuid,
    warned_due_at timestamptz,
    warned_at   timestamptz,
    PRIMARY KEY (ticket_id, policy_id, metric)
);
-- covering: the at-risk list and count read the index only
CREATE INDEX sla_timer_running_idx ON sla_timer (tenant_id, due_at)
    INCLUDE (warned_due_at, ticket_id, policy_id, metric) WHERE state = 'RUNNING';

CREATE TABLE sla_breach (
    ticket_id   uuid        NOT NULL,
    policy_id   text        NOT NULL,
    metric      text        NOT NULL,
    due_at      timestamptz NOT NULL,
    tenant_id   text        NOT NULL,
    owner_id    text,
    breached_at timestamptz NOT NULL,
    escalation  text        NOT NULL,
    rule        text,
    PRIMARY KEY (ticket_id, policy_id, metric, due_at)
);
CREATE INDEX sla_breach_tenant_idx ON sla_breach (tenant_id, breached_at);

-- Queue alerts: the latest state of each alert (by detectedAt) and its acknowledgement.
CREATE TABLE queue_alert (
    alert_id          uuid PRIMARY KEY,
    tenant_id         text        NOT NULL,
    queue             text        NOT NULL,
    kind              text        NOT NULL,
    pattern           text,
    threshold         numeric     NOT NULL,
    observed          numeric     NOT NULL,
    ticket_count      int         NOT NULL,
    recipient_role    text        NOT NULL,
    first_detected_at timestamptz NOT NULL,
    detected_at       timestamptz NOT NULL,
    event_id          uuid        NOT NULL
);
CREATE INDEX queue_alert_tenant_idx ON queue_alert (tenant_id, detected_at);
CREATE TABLE alert_ack (
    alert_id        uuid PRIMARY KEY,
    tenant_id       text        NOT NULL,
    acknowledged_by text        NOT NULL,
    acknowledged_at timestamptz NOT NULL
);

-- QA evaluations: the highest revision of each evaluation, summarised per A47.
CREATE TABLE qa_evaluation (
    evaluation_id      uuid PRIMARY KEY,
    tenant_id          text        NOT NULL,
    ticket_id          uuid        NOT NULL,
    agent_id           text,
    channel            text        NOT NULL,
    kind               text        NOT NULL,
    revision           int         NOT NULL,
    event_id           uuid        NOT NULL,
    score              numeric,
    score_with_defaults numeric,
    critical_fail      boolean     NOT NULL,
    applicable         int         NOT NULL,
    passed             int         NOT NULL,
    applicable_with_defaults int   NOT NULL,
    passed_with_defaults int       NOT NULL,
    ce_applicable      int         NOT NULL,
    ce_failed          int         NOT NULL,
    ce_applicable_with_defaults int NOT NULL,
    failed_items       text[]      NOT NULL,
    completed_at       timestamptz NOT NULL,
    first_completed_at timestamptz NOT NULL,
    row_xid            xid8        NOT NULL DEFAULT pg_current_xact_id()
);
CREATE TRIGGER qa_evaluation_row_xid BEFORE INSERT OR UPDATE ON qa_evaluation
    FOR EACH ROW EXECUTE FUNCTION stamp_row_xid();
CREATE INDEX qa_evaluation_tenant_idx ON qa_evaluation (tenant_id, first_completed_at);
CREATE INDEX qa_evaluation_export_idx ON qa_evaluation (tenant_id, row_xid, evaluation_id);

CREATE TABLE qa_finding (
    finding_id  uuid PRIMARY KEY,
    tenant_id   text        NOT NULL,
    ticket_id   uuid        NOT NULL,
    agent_id    text,
    rule        text        NOT NULL,
    item_id     text,
    outcome     text        NOT NULL,
    flagged_at  timestamptz NOT NULL
);
CREATE INDEX qa_finding_tenant_idx ON qa_finding (tenant_id, flagged_at);

-- Tenants seen, their read-model generation (bumped by each rebuild; export cursors carry it)
-- and the state of the last rebuild.
CREATE TABLE reporting_tenant (
    tenant_id        text PRIMARY KEY,
    generation       int         NOT NULL DEFAULT 1,
    first_seen_at    timestamptz NOT NULL DEFAULT now(),
    rebuild_state    text,
    rebuild_started_at timestamptz,
    rebuild_heartbeat_at timestamptz,
    rebuild_finished_at timestamptz,
    rebuild_events   bigint
);
