package dev.opsdesk.reporting.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Read-only queries of the report classes: a connection per call, SQL failures as unchecked. */
public abstract class Reads {

    private final DataSource dataSource;

    protected Reads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    protected <T> List<T> list(String sql, Sql.Row<T> row, Object... params) {
        try (Connection connection = dataSource.getConnection()) {
            return Sql.query(connection, sql, row, params);
        } catch (SQLException e) {
            throw new IllegalStateException("report query failed: " + e.getMessage(), e);
        }
    }

    protected <T> T one(String sql, Sql.Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** {@code part / whole}, or null when there is nothing to divide by. */
    protected static Double ratio(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }

    public record Count(String key, long count) {
    }

    protected static Count count(java.sql.ResultSet rs) throws SQLException {
        return new Count(rs.getString(1), rs.getLong(2));
    }
}
