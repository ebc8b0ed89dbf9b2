package dev.opsdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A real PostgreSQL server process for one test run (zonky's packaged binaries, a fresh data
 * directory that is deleted on close), with one database created for the service under test. The
 * service reaches it through a {@link DatabaseProxy}, so a test can cut the database off and bring it
 * back ({@link DatabaseOutage}) without restarting the server: deterministic, and no port to re-bind.
 */
final class PostgresTestServer implements AutoCloseable {

    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final DatabaseProxy proxy;
    private final String database;

    private PostgresTestServer(EmbeddedPostgres postgres, DatabaseProxy proxy, String database) {
        this.postgres = postgres;
        this.proxy = proxy;
        this.database = database;
    }

    static PostgresTestServer start(String database) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            return new PostgresTestServer(postgres, DatabaseProxy.start(postgres.getPort()), database);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database;
    }

    @Override
    public void close() throws Exception {
        proxy.close();
        postgres.close();
    }
}
