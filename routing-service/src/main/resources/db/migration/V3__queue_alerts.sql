-- A28, A29: one alert per spike (queue, kind, pattern) while it lasts; tickets join the open alert.
CREATE TABLE queue_alert (
    alert_id         uuid PRIMARY KEY,
    tenant_id        text        NOT NULL,
    queue            text        NOT NULL,
    kind             text        NOT NULL,
    pattern          text,
    threshold        numeric     NOT NULL,
    observed         numeric     NOT NULL,
    window_start     timestamptz,
    window_end       timestamptz,
    recipient_role   text        NOT NULL,
    status           text        NOT NULL,
    detected_at      timestamptz NOT NULL,
    cleared_at       timestamptz,
    published_count  integer     NOT NULL DEFAULT 0
);
-- At most one live (open or acknowledged) alert per spike key.
CREATE UNIQUE INDEX queue_alert_live_idx ON queue_alert (tenant_id, queue, kind, coalesce(pattern, ''))
    WHERE status <> 'CLEARED';

CREATE TABLE queue_alert_ticket (
    alert_id   uuid NOT NULL REFERENCES queue_alert (alert_id),
    ticket_id  uuid NOT NULL,
    position   bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (alert_id, ticket_id)
);

-- R116: who acknowledged an alert (the director; every agent before assigning).
CREATE TABLE alert_acknowledgement (
    alert_id         uuid        NOT NULL REFERENCES queue_alert (alert_id),
    user_id          text        NOT NULL,
    role             text        NOT NULL,
    note             text,
    acknowledged_at  timestamptz NOT NULL,
    PRIMARY KEY (alert_id, user_id)
);

-- A28: the largest queue size seen in each hour, for the trailing same-weekday-and-hour median.
CREATE TABLE queue_size_sample (
    tenant_id   text        NOT NULL,
    queue       text        NOT NULL,
    hour_start  timestamptz NOT NULL,
    size        integer     NOT NULL,
    PRIMARY KEY (tenant_id, queue, hour_start)
);
