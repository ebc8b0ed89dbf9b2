package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.ExportCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Incremental exports: rows in commit order (the transaction id that wrote the row version, then
 * its key). Only rows written by transactions older than every running one are returned, so no row
 * can later appear behind a cursor already handed out: none missed, none twice (README "Exports").
 */
@ApplicationScoped
public class Exports {

    public enum Dataset {
        ACTIVITIES("activities", "activity", "activity_id", "activity_id, agent_id, ticket_id, task_category, "
                + "category_row, standard_minutes, actual_seconds, channel, channel_kind, logged_at, work_day", ""),
        TICKETS("tickets", "reported_ticket", "ticket_id", "ticket_id, channel, store, origin, status_code, "
                + "status_category, " + TicketReports.EFFECTIVE_RESOLUTION + " as resolution, topics, owner_id, "
                + "group_id, created_at, first_response_at, first_resolved_at, last_resolved_at, reopen_count, "
                + "public_replies, frt_seconds, frt_business_seconds, resolution_seconds, "
                + "resolution_business_seconds, is_open", " and created_at is not null"),
        QA_EVALUATIONS("qa-evaluations", "qa_evaluation", "evaluation_id", "evaluation_id, ticket_id, agent_id, "
                + "channel, kind, revision, score, score_with_defaults, critical_fail, applicable, passed, "
                + "applicable_with_defaults, passed_with_defaults, ce_applicable, ce_failed, failed_items, "
                + "completed_at, first_completed_at", "");

        public final String path;
        final String table;
        final String key;
        final String columns;
        final String filter;

        Dataset(String path, String table, String key, String columns, String filter) {
            this.path = path;
            this.table = table;
            this.key = key;
            this.columns = columns;
            this.filter = filter;
        }

        public static Optional<Dataset> of(String path) {
            return Arrays.stream(values()).filter(d -> d.path.equals(path)).findFirst();
        }
    }

    public record Page(List<String> columns, List<Map<String, Object>> rows, String nextCursor, boolean hasMore) {
    }

    private final DataSource dataSource;

    public Exports(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page page(String tenantId, Dataset dataset, String cursor, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            int generation = generation(connection, tenantId);
            ExportCursor from = cursor == null || cursor.isBlank()
                    ? ExportCursor.start(dataset.path, generation)
                    : ExportCursor.decode(cursor, dataset.path, generation);
            String sql = "select " + dataset.columns + ", row_xid::text::bigint as export_xid from " + dataset.table
                    + " where tenant_id = ? and row_xid < pg_snapshot_xmin(pg_current_snapshot())"
                    + " and (row_xid, " + dataset.key + ") > (?::text::xid8, ?)" + dataset.filter
                    + " order by row_xid, " + dataset.key + " limit ?";
            List<String> columns = new ArrayList<>();
            long[] lastXid = {from.xid()};
            UUID[] lastKey = {from.key()};
            List<Map<String, Object>> rows = Sql.query(connection, sql, rs -> {
                if (columns.isEmpty()) {
                    for (int i = 1; i < rs.getMetaData().getColumnCount(); i++) {
                        columns.add(rs.getMetaData().getColumnLabel(i));
                    }
                }
                lastXid[0] = rs.getLong("export_xid");
                lastKey[0] = rs.getObject(dataset.key, UUID.class);
                return row(rs, columns);
            }, tenantId, Long.toString(from.xid()), from.key(), limit);
            return new Page(columns, rows, from.after(lastXid[0], lastKey[0]).encode(), rows.size() == limit);
        } catch (SQLException e) {
            throw new IllegalStateException("export failed: " + e.getMessage(), e);
        }
    }

    private static int generation(Connection connection, String tenantId) throws SQLException {
        List<Integer> found = Sql.query(connection, "select generation from reporting_tenant where tenant_id = ?",
                rs -> rs.getInt(1), tenantId);
        return found.isEmpty() ? 1 : found.get(0);
    }

    private static Map<String, Object> row(ResultSet rs, List<String> columns) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String column : columns) {
            Object value = rs.getObject(column);
            if (value instanceof OffsetDateTime) {
                value = rs.getObject(column, OffsetDateTime.class).toInstant().toString();
            } else if (value instanceof java.sql.Timestamp) {
                value = rs.getObject(column, OffsetDateTime.class).toInstant().toString();
            } else if (value instanceof java.sql.Date date) {
                value = date.toLocalDate().toString();
            } else if (value instanceof Array array) {
                value = List.of((Object[]) array.getArray());
            } else if (value instanceof UUID uuid) {
                value = uuid.toString();
            }
            row.put(column, value);
        }
        return row;
    }
}
