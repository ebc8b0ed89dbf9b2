-- Work logs (DOMAIN.md §3, R1–R10): one task category per activity, with the category's standard
-- minutes (its AHT, copied when logged) next to the actual seconds (A39). ticket_id is null for work
-- without a ticket (e.g. Spam Checking); sub_category holds e.g. RESOLVED_EXTERNAL (R9).
CREATE TABLE work_log (
    id                uuid PRIMARY KEY,
    tenant_id         text        NOT NULL,
    ticket_id         uuid        REFERENCES ticket (id),
    agent_id          text        NOT NULL,
    task_category     text        NOT NULL,
    category_row      integer     NOT NULL,
    standard_minutes  integer     NOT NULL CHECK (standard_minutes > 0),
    actual_seconds    integer     NOT NULL CHECK (actual_seconds > 0 AND actual_seconds <= 86400),
    channel           text,
    call_outcome      text,
    ebay_case_id      text,
    sub_category      text,
    logged_at         timestamptz NOT NULL
);
CREATE INDEX work_log_ticket_idx ON work_log (ticket_id, logged_at) WHERE ticket_id IS NOT NULL;
-- R6, R7: what was logged for an eBay case.
CREATE INDEX work_log_ebay_case_idx ON work_log (tenant_id, ebay_case_id, logged_at) WHERE ebay_case_id IS NOT NULL;
-- Productivity reports per agent and period.
CREATE INDEX work_log_agent_idx ON work_log (tenant_id, agent_id, logged_at);
