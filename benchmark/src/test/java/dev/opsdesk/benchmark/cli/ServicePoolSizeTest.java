package dev.opsdesk.benchmark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicePoolSizeTest {

    @Test
    void readsTheTicketServicesPoolSizeOrFallsBackToQuarkusDefault(@TempDir Path repo) throws Exception {
        assertEquals(ServicePoolSize.QUARKUS_DEFAULT, ServicePoolSize.of(repo, Map.of()));

        Path props = repo.resolve("ticket-service/src/main/resources/application.properties");
        Files.createDirectories(props.getParent());
        Files.writeString(props, "%test.quarkus.datasource.jdbc.max-size=3\nquarkus.datasource.jdbc.max-size=12\n");

        assertEquals(12, ServicePoolSize.of(repo, Map.of()));
        assertEquals(8, ServicePoolSize.of(repo, Map.of("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "8")));
    }
}
