package dev.opsdesk.reporting.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/** Counts in the test run's database, to know when the consumer has applied everything. */
public final class Db {

    private Db() {
    }

    public static long processedEvents(String tenant) {
        return count("select count(*) from processed_event where tenant_id = ?", tenant);
    }

    public static long count(String sql, String param) {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, param);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
