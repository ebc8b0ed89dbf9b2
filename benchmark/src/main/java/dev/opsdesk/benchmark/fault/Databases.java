package dev.opsdesk.benchmark.fault;

import dev.opsdesk.benchmark.steps.PgConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only SQL on the four services' databases, for the run's tenant: which tickets each service
 * recorded, the duplicate side effects, assignments and outbox backlogs. Tables are those of the
 * services' Flyway migrations. Every call opens its own short-timeout connection, so it fails fast
 * (and is retried by the caller) while PostgreSQL is down.
 */
final class Databases {

    /** A query of one service's database, with the run's tenant as its only parameter. */
    record TenantQuery(String label, String database, String sql) {
    }

    /** Each service's own record of a ticket: the run tenant's ticket ids. */
    static final List<TenantQuery> TICKET_RECORDS = List.of(
            new TenantQuery("ticket-service", "ticket", "select id::text from ticket where tenant_id = ?"),
            new TenantQuery("routing-service", "routing", "select ticket_id::text from routing_ticket where tenant_id = ?"),
            new TenantQuery("qa-service", "qa", "select ticket_id::text from qa_interaction where tenant_id = ?"),
            new TenantQuery("reporting-service", "reporting",
                    "select ticket_id::text from reported_ticket where tenant_id = ? and created_at is not null"));

    /** Side effects that must happen once per ticket; each query lists the tickets that have it more than once. */
    static final List<DuplicateQuery> DUPLICATES = List.of(
            new DuplicateQuery("ticket-service", "ticket", "two tickets from one intake request (same subject)",
                    "select t.id::text from ticket t where t.tenant_id = ? and exists (select 1 from ticket u"
                            + " where u.tenant_id = t.tenant_id and u.subject = t.subject and u.id <> t.id)"),
            twice("ticket-service", "ticket", "two ticket.created events in the outbox for one ticket", "aggregate_id",
                    "outbox_event", "event_type = 'ticket.created'"),
            twice("ticket-service", "ticket", "two ticket.assigned events in the outbox for one ticket", "aggregate_id",
                    "outbox_event", "event_type = 'ticket.assigned'"),
            twice("routing-service", "routing", "two ASSIGNED routing decisions for one ticket", "ticket_id",
                    "assignment_decision", "outcome = 'ASSIGNED'"),
            twice("routing-service", "routing", "two routing decisions triggered by one ticket.created", "ticket_id",
                    "assignment_decision", "trigger = 'TICKET_CREATED'"),
            new DuplicateQuery("qa-service", "qa", "one event twice in a QA conversation timeline",
                    "select ticket_id::text from qa_timeline_entry where tenant_id = ?"
                            + " group by ticket_id, event_id having count(*) > 1"));

    record DuplicateQuery(String service, String database, String what, String sql) {
    }

    /** The tickets ({@code ticketColumn}) with more than one row of {@code table} matching {@code condition}. */
    private static DuplicateQuery twice(String service, String database, String what, String ticketColumn, String table,
                                        String condition) {
        return new DuplicateQuery(service, database, what, "select " + ticketColumn + "::text from " + table
                + " where tenant_id = ? and " + condition + " group by " + ticketColumn + " having count(*) > 1");
    }

    /** Tickets that were assigned, as each service counts them. */
    static final List<TenantQuery> ASSIGNED = List.of(
            new TenantQuery("routing-service: tickets with an ASSIGNED decision", "routing",
                    "select count(distinct ticket_id) from assignment_decision where tenant_id = ? and outcome = 'ASSIGNED'"),
            new TenantQuery("ticket-service: tickets with a ticket.assigned event", "ticket",
                    "select count(distinct aggregate_id) from outbox_event where tenant_id = ? and event_type = 'ticket.assigned'"),
            new TenantQuery("reporting-service: tickets with an owner", "reporting",
                    "select count(*) from reported_ticket where tenant_id = ? and owner_id is not null"));

    static final List<String> OUTBOXES = List.of("ticket", "routing", "qa");

    private final PgConnection pg;

    Databases(PgConnection pg) {
        this.pg = pg;
    }

    Connection open(String database) throws SQLException {
        return DriverManager.getConnection(pg.url(database) + "?connectTimeout=3&socketTimeout=60&loginTimeout=5",
                pg.user(), pg.password());
    }

    /** How many of the tenant's tickets each service has recorded (a service whose database cannot be read: absent). */
    Map<String, Long> ticketCounts(String tenant) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TenantQuery q : TICKET_RECORDS) {
            try {
                counts.put(q.label(), single(q.database(), "select count(*) from (" + q.sql() + ") ids", tenant));
            } catch (SQLException e) {
                // PostgreSQL is down or restarting: this service does not count yet
            }
        }
        return counts;
    }

    Map<String, Set<String>> ticketIds(String tenant) throws SQLException {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (TenantQuery q : TICKET_RECORDS) {
            ids.put(q.label(), new HashSet<>(strings(q.database(), q.sql(), tenant)));
        }
        return ids;
    }

    Map<String, List<String>> duplicates(String tenant) throws SQLException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (DuplicateQuery q : DUPLICATES) {
            found.put(q.service() + ": " + q.what(), strings(q.database(), q.sql(), tenant));
        }
        return found;
    }

    Map<String, Long> assigned(String tenant) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TenantQuery q : ASSIGNED) {
            counts.put(q.label(), single(q.database(), q.sql(), tenant));
        }
        return counts;
    }

    /** Unpublished outbox rows per database (all tenants: the relays must have drained everything). */
    Map<String, Long> outboxBacklog() throws SQLException {
        Map<String, Long> backlog = new LinkedHashMap<>();
        for (String db : OUTBOXES) {
            backlog.put(db, single(db, "select count(*) from outbox_event where published_at is null", null));
        }
        return backlog;
    }

    private long single(String database, String sql, String parameter) throws SQLException {
        try (Connection c = open(database); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> strings(String database, String sql, String parameter) throws SQLException {
        try (Connection c = open(database); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
