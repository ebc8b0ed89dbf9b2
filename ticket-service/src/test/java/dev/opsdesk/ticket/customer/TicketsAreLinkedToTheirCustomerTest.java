package dev.opsdesk.ticket.customer;

import static dev.opsdesk.ticket.TicketRequests.createId;
import static dev.opsdesk.ticket.customer.Customers.addIdentity;
import static dev.opsdesk.ticket.customer.Customers.customerOf;
import static dev.opsdesk.ticket.customer.Customers.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A44: every ticket names its customer, found by the requester's e-mail or created for it. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketsAreLinkedToTheirCustomerTest {

    @Test
    void twoTicketsFromTheSameAddressShareACustomer() {
        String email = uniqueEmail("repeat");
        String first = createId("crazysales", "EMAIL", "First", email);
        String second = createId("crazysales", "CHAT", "Second", email.toUpperCase());

        assertNotNull(customerOf("crazysales", first));
        assertEquals(customerOf("crazysales", first), customerOf("crazysales", second));
        Customers.lookup("crazysales", "email", email).statusCode(200);
    }

    @Test
    void aTicketFromASecondAddressOfTheCustomerLinksToIt() {
        String customer = customerOf("zalora", createId("zalora", "EMAIL", "Office", uniqueEmail("office")));
        String personal = uniqueEmail("personal");
        addIdentity("zalora", customer, "EMAIL", personal).statusCode(201);

        assertEquals(customer, customerOf("zalora", createId("zalora", "CHAT", "From home", personal)));
    }

    @Test
    void simultaneousFirstTicketsFromANewAddressCreateOneCustomer() throws Exception {
        String email = uniqueEmail("burst");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> tickets = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                tickets.add(pool.submit(() -> createId("ozon", "CHAT", "Burst", email)));
            }
            Set<String> customers = new HashSet<>();
            for (Future<String> ticket : tickets) {
                customers.add(customerOf("ozon", ticket.get(60, TimeUnit.SECONDS)));
            }
            assertEquals(1, customers.size(), customers.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameAddressIsADifferentCustomerInEachTenant() {
        String email = uniqueEmail("everywhere");
        assertNotEquals(customerOf("ozon", createId("ozon", "CHAT", "Vopros", email)),
                customerOf("festival", createId("festival", "EMAIL", "Question", email)));
    }

    @Test
    void ticketCreatedNamesTheCustomerAndStillMatchesItsSchema() {
        String id = createId("crazysales", "EMAIL", "Event", uniqueEmail("event"));

        ConsumerRecord<String, String> record = TestKafka.awaitRecord("ticket-events", r -> id.equals(r.key()),
                Duration.ofSeconds(30));

        assertEquals(customerOf("crazysales", id), JsonPath.from(record.value()).getString("customerId"));
        assertEquals(List.of(), EventContracts.violations("ticket.created", record.value()), record.value());
    }
}
