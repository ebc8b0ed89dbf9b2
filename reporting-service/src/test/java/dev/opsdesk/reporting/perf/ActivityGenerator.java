package dev.opsdesk.reporting.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Loads synthetic read-model data for one tenant inside PostgreSQL (generate_series, no row leaves
 * the server): work logs over the CrazySales catalogue (§3.1), the three rollups computed from them
 * with the consumer's arithmetic, and tickets, SLA timers, breaches, evaluations and alerts in
 * proportion. All timestamps lie in the {@code days} before {@code now}, in UTC.
 */
public final class ActivityGenerator {

    /** row, label, standard minutes: DOMAIN.md §3.1. */
    static final List<Object[]> CATALOGUE = List.of(
            new Object[] {1, "Spam Checking", 2}, new Object[] {2, "eBay Order Issue", 2},
            new Object[] {3, "Late Shipment Defect (Appeal)", 5}, new Object[] {4, "eBay Messaging", 7},
            new Object[] {5, "Kayako Tickets", 5}, new Object[] {6, "Chat (Kayako)", 12},
            new Object[] {7, "Chat (Facebook)", 5}, new Object[] {8, "Offline Chat (Messages and Surveys - Kayako)", 5},
            new Object[] {9, "Courier Inquiry (Non Voice)", 2}, new Object[] {10, "Loss Investigation (New/Long Cases)", 7},
            new Object[] {11, "On Hold Orders", 2}, new Object[] {12, "Product Review (CS Backend)", 2},
            new Object[] {13, "Product Review (Google)", 5}, new Object[] {14, "System Events", 2},
            new Object[] {15, "Technical Query (Outside PH)", 5}, new Object[] {16, "RMA APPROVAL", 5},
            new Object[] {17, "Return to Warehouse Orders", 5}, new Object[] {18, "OOS (WH/DropShip)", 5},
            new Object[] {19, "Cross Department Request (Non Voice)", 5}, new Object[] {20, "Interdepartment Request", 5},
            new Object[] {21, "Repayment Issue", 5}, new Object[] {22, "Processing Loss Claims", 5},
            new Object[] {23, "Feedback Request", 5}, new Object[] {24, "Special Stores", 5},
            new Object[] {25, "VFang Cases", 5}, new Object[] {26, "Special Stores (Escalated Cases)", 9},
            new Object[] {27, "Cases closed without seller resolution (Appeal)", 7},
            new Object[] {28, "Negative Feedback", 7}, new Object[] {29, "Negative Feedback (Appeal)", 7},
            new Object[] {30, "Cross Department Request (Voice)", 12}, new Object[] {31, "Courier Inquiry (Voice)", 12},
            new Object[] {32, "Voice (Inbound)", 12}, new Object[] {33, "Voice (Outbound)", 12},
            new Object[] {34, "Voice (Voicemail / Quick Call)", 2},
            new Object[] {35, "Closed (No Action) / Merged Ticket", 2});

    public record Shape(String tenant, long activities, int agents, int days, long tickets, Instant now) {
        public static Shape of(String tenant, long activities, Instant now) {
            return new Shape(tenant, activities, 300, 365, Math.max(100, activities / 10), now);
        }
    }

    private ActivityGenerator() {
    }

    public static void load(Connection c, Shape s, Consumer<String> log) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("alter table activity disable trigger activity_row_xid");
        }
        long chunk = 1_000_000;
        for (long from = 0; from < s.activities(); from += chunk) {
            long to = Math.min(s.activities(), from + chunk) - 1;
            activities(c, s, from, to);
            log.accept("work logs " + (to + 1) + " / " + s.activities());
        }
        try (Statement st = c.createStatement()) {
            st.execute("alter table activity enable trigger activity_row_xid");
        }
        rollups(c, s.tenant());
        log.accept("rollups");
        tickets(c, s);
        log.accept("tickets " + s.tickets());
        slaQaAlerts(c, s);
        log.accept("SLA timers, breaches, evaluations, alerts");
        try (Statement st = c.createStatement()) {
            st.execute("analyze");
        }
    }

    private static String catalogue() {
        return CATALOGUE.stream().map(r -> "(" + r[0] + ", '" + r[1] + "', " + r[2] + ")")
                .collect(Collectors.joining(", "));
    }

    private static void activities(Connection c, Shape s, long from, long to) throws SQLException {
        String sql = "with cat(row, label, std) as (values " + catalogue() + "), "
                + "g as (select n, ?::timestamptz - make_interval(secs => (n * 7919) % (? * 86400)) at_ from "
                + "generate_series(?::bigint, ?::bigint) n) "
                + "insert into activity (activity_id, tenant_id, agent_id, ticket_id, task_category, category_row, "
                + "standard_minutes, actual_seconds, channel, channel_kind, logged_at, work_day) "
                + "select gen_random_uuid(), ?, 'agent-' || (n % ?), null, cat.label, cat.row, cat.std, "
                + "greatest(30, (cat.std * 60 * (0.6 + random() * 0.8))::int), null, null, g.at_, "
                + "(g.at_ at time zone 'UTC')::date from g join cat on cat.row = 1 + (n * 31 % 35)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(s.now()));
            ps.setInt(2, s.days());
            ps.setLong(3, from);
            ps.setLong(4, to);
            ps.setString(5, s.tenant());
            ps.setInt(6, s.agents());
            ps.executeUpdate();
        }
    }

    /** The consumer adds each work log to these rows; summing the raw rows gives the same values. */
    static void rollups(Connection c, String tenant) throws SQLException {
        for (String[] t : new String[][] {
                {"agent_day_category", "tenant_id, work_day, agent_id, category_row, task_category"},
                {"agent_day", "tenant_id, work_day, agent_id"},
                {"tenant_day_category", "tenant_id, work_day, category_row, task_category"}}) {
            try (PreparedStatement ps = c.prepareStatement("insert into " + t[0] + " as r select " + t[1]
                    + ", count(*), sum(standard_minutes * 60), sum(actual_seconds) from activity where tenant_id = ? "
                    + "group by " + t[1] + " on conflict (" + t[1] + ") do update set activities = excluded.activities, "
                    + "standard_seconds = excluded.standard_seconds, actual_seconds = excluded.actual_seconds")) {
                ps.setString(1, tenant);
                ps.executeUpdate();
            }
        }
    }

    private static void tickets(Connection c, Shape s) throws SQLException {
        String sql = "insert into reported_ticket (ticket_id, tenant_id, channel, created_at, subject, store, "
                + "status_code, status_category, status_at, status_rank, topics, owner_id, group_id, first_response_at, "
                + "last_public_update_at, public_replies, first_resolved_at, last_resolved_at, reopen_count, "
                + "frt_seconds, frt_business_seconds, resolution_seconds, resolution_business_seconds, is_open) "
                + "select gen_random_uuid(), ?, (array['EMAIL','CHAT','PHONE','WET_TICKET'])[1 + n % 4], at_, "
                + "'generated ' || n, (array['AU','NZ','UK','US',null])[1 + n % 5], "
                + "case when open then 'OPEN' else 'RESOLVED' end, "
                + "case when open then (array['NEW','AGENT_ACTION','WAITING_CUSTOMER','WAITING_INTERNAL'])[1 + n % 4] "
                + "else 'SOLVED' end, at_, 1, array['topic-' || (n % 40)], "
                + "case when open and n % 3 = 0 then null else 'agent-' || (n % ?) end, 'queue-' || (n % 12), "
                + "at_ + interval '20 minutes', at_ + interval '20 minutes', 1 + n % 3, "
                + "case when open then null else at_ + interval '3 hours' end, "
                + "case when open then null else at_ + interval '3 hours' end, (n % 17 = 0)::int, 1200, 1200, "
                + "case when open then null else 10800 end, case when open then null else 10800 end, open "
                + "from (select n, ?::timestamptz - make_interval(secs => (n * 7919) % (? * 86400)) at_, "
                + "(n % 500 = 0) open from generate_series(1, ?::bigint) n) g";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.tenant());
            ps.setInt(2, s.agents());
            ps.setTimestamp(3, Timestamp.from(s.now()));
            ps.setInt(4, s.days());
            ps.setLong(5, s.tickets());
            ps.executeUpdate();
        }
    }

    private static void slaQaAlerts(Connection c, Shape s) throws SQLException {
        long n = s.tickets();
        Timestamp now = Timestamp.from(s.now());
        exec(c, "insert into sla_timer (ticket_id, policy_id, metric, tenant_id, state, due_at, changed_at, event_id) "
                + "select gen_random_uuid(), 'default', 'FIRST_REPLY', ?, case when g % 100 = 0 then 'RUNNING' else 'MET' end, "
                + "?::timestamptz + make_interval(mins => ((g % 600) - 300)::int), ?::timestamptz, gen_random_uuid() "
                + "from generate_series(1, ?::bigint) g", s.tenant(), now, now, n);
        exec(c, "insert into sla_breach (ticket_id, policy_id, metric, due_at, tenant_id, breached_at, escalation) "
                + "select gen_random_uuid(), 'default', (array['FIRST_REPLY','NEXT_REPLY','PENDING_UPDATE','RESOLUTION'])"
                + "[1 + g % 4], ?::timestamptz - make_interval(secs => (g * 7919) % (? * 86400)), ?, "
                + "?::timestamptz - make_interval(secs => (g * 7919) % (? * 86400)), 'NONE' "
                + "from generate_series(1, ?::bigint) g", now, s.days(), s.tenant(), now, s.days(), n / 20);
        exec(c, "insert into qa_evaluation (evaluation_id, tenant_id, ticket_id, agent_id, channel, kind, revision, "
                + "event_id, score, score_with_defaults, critical_fail, applicable, passed, applicable_with_defaults, "
                + "passed_with_defaults, ce_applicable, ce_failed, ce_applicable_with_defaults, failed_items, "
                + "completed_at, first_completed_at) "
                + "select gen_random_uuid(), ?, gen_random_uuid(), 'agent-' || (g % ?), 'EMAIL', 'MANUAL', 1, "
                + "gen_random_uuid(), 60 + g % 40, 70 + g % 30, g % 9 = 0, 15, 12, 20, 17, 9, (g % 9 = 0)::int, 11, "
                + "'{}', t, t from (select g, ?::timestamptz - make_interval(secs => (g * 7919) % (? * 86400)) t "
                + "from generate_series(1, ?::bigint) g) x", s.tenant(), s.agents(), now, s.days(), n / 10);
        exec(c, "insert into queue_alert (alert_id, tenant_id, queue, kind, threshold, observed, ticket_count, "
                + "recipient_role, first_detected_at, detected_at, event_id) "
                + "select gen_random_uuid(), ?, 'queue-' || (g % 12), 'VOLUME', 50, 60 + g % 30, 60, 'director', t, t, "
                + "gen_random_uuid() from (select g, ?::timestamptz - make_interval(mins => (g * 37)::int) t "
                + "from generate_series(1, 5000) g) x", s.tenant(), now);
        exec(c, "insert into reporting_tenant (tenant_id) values (?) on conflict do nothing", s.tenant());
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    static String describe(Shape s) {
        return s.activities() + " work logs, " + s.agents() + " agents, " + s.days() + " days, " + s.tickets()
                + " tickets, " + s.tickets() / 10 + " evaluations, " + s.tickets() / 20 + " SLA breaches, "
                + IntStream.of(5000).sum() + " alerts";
    }
}
