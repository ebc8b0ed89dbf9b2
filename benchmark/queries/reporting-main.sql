-- Dashboard SQL timed by `benchmark/run dashboard --dashboard-sql benchmark/queries/reporting-main.sql`
-- (database reporting). These read main's read model (reported_ticket); the reporting-service
-- replaces them with its dashboard queries over the activity rows its generator loads.

-- name: tickets per channel, last 7 days
select channel, count(*)
  from reported_ticket
 where tenant_id = 'crazysales' and created_at > now() - interval '7 days'
 group by channel;

-- name: tickets per hour, last 24 hours
select date_trunc('hour', created_at) as hour, count(*)
  from reported_ticket
 where tenant_id = 'crazysales' and created_at > now() - interval '24 hours'
 group by 1
 order by 1;
