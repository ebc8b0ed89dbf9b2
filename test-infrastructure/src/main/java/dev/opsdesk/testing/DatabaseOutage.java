package dev.opsdesk.testing;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Makes the test run's PostgreSQL unreachable for the service under test until closed:
 * {@code try (DatabaseOutage outage = DatabaseOutage.begin()) { … }}. Open connections break and new
 * ones fail at once, as when PostgreSQL stops; closing restores the link, so an outage cannot leak
 * into the next test class.
 */
public final class DatabaseOutage implements AutoCloseable {

    private DatabaseOutage() {
    }

    public static DatabaseOutage begin() {
        invoke("cut");
        return new DatabaseOutage();
    }

    /** Ends the outage; safe to call twice. */
    public void end() {
        invoke("restore");
    }

    @Override
    public void close() {
        end();
    }

    private static void invoke(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(new ObjectName(DatabaseProxy.OBJECT_NAME), operation, new Object[0], new String[0]);
        } catch (JMException e) {
            throw new IllegalStateException("no database proxy in this JVM: is RealInfrastructure the test resource?", e);
        }
    }
}
