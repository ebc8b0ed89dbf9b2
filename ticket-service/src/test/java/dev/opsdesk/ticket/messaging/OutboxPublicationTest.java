package dev.opsdesk.ticket.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import dev.opsdesk.ticket.TicketRequests;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboxPublicationTest {

    @Inject
    EntityManager em;

    @Test
    void theTicketAndItsEventAreStoredTogetherAndTheEventIsMarkedPublishedAfterTheBrokerAcknowledged() {
        UUID id = UUID.fromString(TicketRequests.create("ozon", "integration", "EMAIL", "Посылка не пришла",
                "ivan@example.ru").path("id"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "select event_type from outbox_event where aggregate_id = ?1 and published_at is not null")
                    .setParameter(1, id)
                    .getResultList());
            assertEquals(List.of("ticket.created"), rows);
        });
    }
}
