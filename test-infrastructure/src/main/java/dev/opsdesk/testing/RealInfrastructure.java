package dev.opsdesk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Quarkus test resource that gives a service's test run a real Kafka broker, a real PostgreSQL
 * database and a JWT key pair, and points the service's configuration at them. Declare it with
 * {@code @WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)};
 * the database name comes from the {@code database} init argument (default {@code opsdesk}).
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "opsdesk-test";
    /** The audience the services expect ({@code mp.jwt.verify.audiences}); tokens minted here carry it. */
    public static final String AUDIENCE = "opsdesk-test-api";

    private String database = "opsdesk";
    private KafkaTestBroker kafka;
    private PostgresTestServer postgres;
    private TestJwtKeys keys;
    private Map<String, String> published = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            // The broker (~4 s) and the database (~2 s) start side by side.
            CompletableFuture<PostgresTestServer> pg = CompletableFuture.supplyAsync(this::startPostgres);
            kafka = KafkaTestBroker.start();
            postgres = pg.join();
            keys = TestJwtKeys.generate();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("could not start the test infrastructure", e);
        }
        Map<String, String> config = Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", PostgresTestServer.USER,
                "quarkus.datasource.password", "",
                "mp.jwt.verify.publickey.location", keys.publicKey.toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE,
                "smallrye.jwt.sign.key.location", keys.privateKey.toUri().toString(),
                "smallrye.jwt.new-token.issuer", ISSUER,
                // tokens built with Jwt.* in tests get the audience unless they set one themselves
                "smallrye.jwt.new-token.audience", AUDIENCE);
        // A @QuarkusIntegrationTest runs the packaged service in its own process and passes it this
        // map; the test's own helpers (tokens, Kafka clients) read it from system properties.
        config.forEach(System::setProperty);
        published = config;
        return config;
    }

    private PostgresTestServer startPostgres() {
        try {
            return PostgresTestServer.start(database);
        } catch (Exception e) {
            throw new IllegalStateException("could not start PostgreSQL", e);
        }
    }

    @Override
    public void stop() {
        published.keySet().forEach(System::clearProperty);
        closeQuietly(kafka);
        closeQuietly(postgres);
        if (keys != null) {
            try {
                keys.delete();
            } catch (Exception ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("test infrastructure: close failed: " + e);
        }
    }
}
