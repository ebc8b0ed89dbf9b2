package dev.opsdesk.testing.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fingerprint of everything a tenant has in the service's database, taken in one query: for every
 * table of the schema, the number of the tenant's rows ({@code tenant_id}; the whole table when it has
 * no such column) and the sum of their {@code xmin}. PostgreSQL gives a row a new {@code xmin} on every
 * insert and update, so the fingerprint changes with any insert, update or delete that committed,
 * in any table, including tables nobody listed. Tables written by background work (the outbox relay
 * marks rows published) are compared by row count only.
 */
public final class WriteWatch implements AutoCloseable {

    /** Written by consumers and migrations, never by a request. */
    public static final Set<String> NEVER_BY_REQUESTS = Set.of("flyway_schema_history", "processed_event");
    /** Updated after the request by the outbox relay: a request's outbox rows show in the count. */
    public static final Set<String> UPDATED_IN_THE_BACKGROUND = Set.of("outbox_event");

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();
    private final String sql;
    private final int parameters;
    private final java.util.Collection<String> tenants;

    private WriteWatch(Connection connection, java.util.Collection<String> tenants, Set<String> ignored, Set<String> countOnly) throws SQLException {
        this.connection = connection;
        this.tenants = tenants;
        Map<String, Boolean> scoped = new TreeMap<>();
        try (PreparedStatement columns = connection.prepareStatement("select table_name, bool_or(column_name = 'tenant_id')"
                + " from information_schema.columns where table_schema = current_schema() group by table_name");
             ResultSet rows = columns.executeQuery()) {
            while (rows.next()) {
                scoped.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        List<String> parts = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, Boolean> table : scoped.entrySet()) {
            if (ignored.contains(table.getKey())) {
                continue;
            }
            String where = table.getValue() ? " where tenant_id = any(?)" : "";
            count += table.getValue() ? 1 : 0;
            String xmin = countOnly.contains(table.getKey()) ? "0" : "coalesce(sum(xmin::text::bigint), 0)";
            parts.add("(select count(*) || ':' || " + xmin + " from \"" + table.getKey() + "\"" + where + ")");
            tables.add(table.getKey() + (table.getValue() ? "" : " (whole table)"));
        }
        this.sql = "select " + String.join(", ", parts);
        this.parameters = count;
    }

    /**
     * Watches {@code tenants} in the database the test resource started (the service's JDBC URL, user
     * and password are system properties of the test JVM).
     */
    public static WriteWatch forTenants(java.util.Collection<String> tenants, Set<String> ignored, Set<String> countOnly) {
        String url = Objects.requireNonNull(System.getProperty("quarkus.datasource.jdbc.url"), "quarkus.datasource.jdbc.url");
        try {
            Connection connection = DriverManager.getConnection(url, System.getProperty("quarkus.datasource.username"),
                    System.getProperty("quarkus.datasource.password", ""));
            connection.setAutoCommit(true);
            return new WriteWatch(connection, List.copyOf(tenants), union(NEVER_BY_REQUESTS, ignored), union(UPDATED_IN_THE_BACKGROUND, countOnly));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot watch the database " + url, e);
        }
    }

    public static WriteWatch forTenants(String... tenants) {
        return forTenants(List.of(tenants), Set.of(), Set.of());
    }

    /** The watched tables, for the report. */
    public List<String> tables() {
        return List.copyOf(tables);
    }

    /** Table → "rows:xmin-sum" for the tenants, now. */
    public Map<String, String> snapshot() {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            java.sql.Array ids = connection.createArrayOf("text", tenants.toArray());
            for (int i = 1; i <= parameters; i++) {
                statement.setArray(i, ids);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Map<String, String> snapshot = new LinkedHashMap<>();
                for (int i = 0; i < tables.size(); i++) {
                    snapshot.put(tables.get(i), row.getString(i + 1));
                }
                return snapshot;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the write fingerprint", e);
        }
    }

    /** The tables whose fingerprint differs between two snapshots. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !Objects.equals(before.get(t), after.get(t))).toList();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the database is stopped with the test resource
        }
    }
}
