-- When a live alert was last published: a growing spike is re-published at most once per
-- opsdesk.routing.alert-republish-interval (plus whenever it doubles), not on every tick.
ALTER TABLE queue_alert ADD COLUMN last_published_at timestamptz;
