package dev.opsdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A real PostgreSQL server process for one test run (zonky's packaged binaries, a fresh data
 * directory that is deleted on close), with one database created for the service under test.
 */
final class PostgresTestServer implements AutoCloseable {

    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String database;

    private PostgresTestServer(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    static PostgresTestServer start(String database) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
        return new PostgresTestServer(postgres, database);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    @Override
    public void close() throws Exception {
        postgres.close();
    }
}
