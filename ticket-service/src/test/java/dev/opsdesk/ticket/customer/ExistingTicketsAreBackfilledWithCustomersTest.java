package dev.opsdesk.ticket.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V4 gives tickets stored before customers existed one customer per (tenant, requester address). */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ExistingTicketsAreBackfilledWithCustomersTest {

    @Test
    void oneCustomerPerTenantAndAddressOwnsTheOldTickets() throws SQLException {
        String database = "backfill_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = connect(url())) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        String url = url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);
        try {
            migrate(url, "2");
            try (Connection db = connect(url); Statement sql = db.createStatement()) {
                insertTicket(sql, "crazysales", "Ana@Example.com");
                insertTicket(sql, "crazysales", "ana@example.com ");
                insertTicket(sql, "crazysales", "bob@example.com");
                insertTicket(sql, "zalora", "ana@example.com");
            }
            migrate(url, "latest");
            try (Connection db = connect(url); Statement sql = db.createStatement()) {
                assertEquals(3, count(sql, "select count(*) from customer"));
                assertEquals(0, count(sql, "select count(*) from ticket where customer_id is null"));
                assertEquals(1, count(sql, "select count(distinct customer_id) from ticket"
                        + " where tenant_id = 'crazysales' and lower(btrim(requester_email)) = 'ana@example.com'"));
                assertEquals(1, count(sql, "select count(*) from customer_identity i join ticket t on t.customer_id = i.customer_id"
                        + " where t.tenant_id = 'zalora' and i.kind = 'EMAIL' and i.value = 'ana@example.com'"));
                assertNotEquals(0, count(sql, "select count(*) from customer_identity where tenant_id = 'crazysales'"
                        + " and value = 'bob@example.com'"));
            }
        } finally {
            try (Connection admin = connect(url())) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure()
                .dataSource(url, user(), password())
                .locations("filesystem:src/main/resources/db/migration")
                .target(target)
                .load()
                .migrate();
    }

    private static void insertTicket(Statement sql, String tenant, String email) throws SQLException {
        sql.execute("insert into ticket (id, tenant_id, channel, subject, requester_email, status, status_category,"
                + " status_entered_at, created_at) values ('" + UUID.randomUUID() + "', '" + tenant + "', 'EMAIL',"
                + " 'Old', '" + email + "', 'NEW', 'NEW', now(), now())");
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    private static String user() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
    }

    private static String password() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
    }
}
