-- §4.5 merges: the absorbed tickets point at the target; each merge keeps what it changed so that
-- unmerge can restore both sides exactly.
ALTER TABLE ticket ADD COLUMN merged_into uuid REFERENCES ticket (id);

CREATE TABLE ticket_merge (
    id           uuid PRIMARY KEY,
    tenant_id    text        NOT NULL,
    target_id    uuid        NOT NULL REFERENCES ticket (id),
    source_ids   uuid[]      NOT NULL,
    snapshot     jsonb       NOT NULL,
    merged_by    text        NOT NULL,
    merged_at    timestamptz NOT NULL,
    unmerged_by  text,
    unmerged_at  timestamptz
);
CREATE INDEX ticket_merge_target_idx ON ticket_merge (target_id, merged_at DESC);
