package dev.opsdesk.benchmark.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StartupLogTest {

    @Test
    void takesTheLastQuarkusStartUpLine() {
        String log = """
                === 2026-11-23T10:00:00+00:00 starting ticket-service
                2026-11-23 10:00:04,101 INFO  [io.quarkus] (main) ticket-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.34.1) started in 4.210s. Listening on: http://0.0.0.0:8081
                === 2026-11-23T11:00:00+00:00 starting ticket-service
                2026-11-23 11:00:02,950 INFO  [io.quarkus] (main) ticket-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.34.1) started in 2.873s. Listening on: http://0.0.0.0:8081
                """;

        assertEquals(2.873, StartupLog.lastStartedIn(log));
    }

    @Test
    void noStartUpLineIsNull() {
        assertNull(StartupLog.lastStartedIn("=== starting\nException in thread main\n"));
    }
}
