package dev.opsdesk.benchmark.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** ticket-service's JDBC pool size (quarkus.datasource.jdbc.max-size), which B_pg uses as its thread count. */
final class ServicePoolSize {

    /** Quarkus' default when the property is not set. */
    static final int QUARKUS_DEFAULT = 20;

    private ServicePoolSize() {
    }

    static int of(Path repo) {
        return of(repo, System.getenv());
    }

    /** The environment variable the stack would pass wins over application.properties, as in Quarkus. */
    static int of(Path repo, java.util.Map<String, String> environment) {
        String env = environment.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
        if (env != null && env.matches("\\d+")) {
            return Integer.parseInt(env);
        }
        Path file = repo.resolve("ticket-service/src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            return QUARKUS_DEFAULT;
        }
        String value = properties.getProperty("quarkus.datasource.jdbc.max-size", "").trim();
        return value.matches("\\d+") ? Integer.parseInt(value) : QUARKUS_DEFAULT;
    }
}
