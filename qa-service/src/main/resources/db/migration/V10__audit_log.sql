-- Issue 8: the audit log of configuration changes (scorecards and their versions, template
-- installs, the tenant's QA settings). Append-only.
create table audit_log (
    id          bigserial primary key,
    tenant_id   text        not null,
    occurred_at timestamptz not null,
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text,
    before      jsonb,
    after       jsonb
);

create index audit_log_tenant_idx on audit_log (tenant_id, id desc);
create index audit_log_entity_idx on audit_log (tenant_id, entity_type, entity_id, id desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each statement execute function audit_log_is_append_only();
