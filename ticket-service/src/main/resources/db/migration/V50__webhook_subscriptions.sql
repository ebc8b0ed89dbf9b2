-- Issue 8: outbound webhooks. A tenant's admin subscribes a URL to ticket event types ("*" = all).
-- The signing secret is stored sealed (AES-GCM with opsdesk.webhooks.secret-key) when a key is
-- configured, else as given (docs/webhooks.md: production must configure the key).
create table webhook_subscription (
    id                   uuid primary key,
    tenant_id            text        not null,
    url                  text        not null,
    event_types          text[]      not null,
    description          text,
    enabled              boolean     not null,
    secret               text        not null,
    consecutive_failures integer     not null default 0,
    disabled_reason      text,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    secret_rotated_at    timestamptz not null
);

create index webhook_subscription_tenant_idx on webhook_subscription (tenant_id, created_at, id);
