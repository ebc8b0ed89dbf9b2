package dev.opsdesk.benchmark.steps;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the stack's PostgreSQL is (deploy/local: 127.0.0.1:55432, opsdesk/opsdesk). */
public record PgConnection(String host, int port, String user, String password) {

    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Connection open(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }
}
