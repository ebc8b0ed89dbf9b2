package dev.opsdesk.benchmark.steps;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Read-only look at ticket-service's outbox: how many events the relay has not published yet. */
final class OutboxBacklog {

    private final PgConnection pg;

    OutboxBacklog(PgConnection pg) {
        this.pg = pg;
    }

    /** The unpublished rows, or null when the table cannot be read (another schema, no access). */
    Long unpublished() {
        try (Connection c = pg.open("ticket"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return null;
        }
    }
}
