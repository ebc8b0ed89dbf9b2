package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.close;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R91: an e-mail that should be closed as Duplicate but whose customer cannot be linked is closed as НТО. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R91UnlinkableDuplicateEmailIsNrrTest {

    @Test
    void anUnlinkableDuplicateEmailIsClosedAsNrrEvenThoughItAsksTheSameQuestion() {
        String original = email("known-" + UUID.randomUUID() + "@example.ru", "Где мой заказ?");
        String copy = email("unknown-" + UUID.randomUUID() + "@example.ru", "Где мой заказ?");
        close("ozon", copy, Map.of("resolution", "NRR", "duplicateOf", original))
                .statusCode(200).body("resolution", equalTo("NRR"));
    }

    @Test
    void anUnlinkableDuplicateEmailCannotBeClosedAsDuplicate() {
        String original = email("known-" + UUID.randomUUID() + "@example.ru", "Где мой заказ?");
        String copy = email("unknown-" + UUID.randomUUID() + "@example.ru", "Где мой заказ?");
        close("ozon", copy, Map.of("resolution", "DUPLICATE", "duplicateOf", original))
                .statusCode(422).body("rule", equalTo("R91"));
    }

    @Test
    void whenTheCustomerIsLinkedItIsADuplicateNotNrr() {
        String address = "same-" + UUID.randomUUID() + "@example.ru";
        String original = email(address, "Где мой заказ?");
        String copy = email(address, "Где мой заказ?");
        close("ozon", copy, Map.of("resolution", "NRR", "duplicateOf", original))
                .statusCode(422).body("rule", equalTo("R91"));
        close("ozon", copy, Map.of("resolution", "DUPLICATE", "duplicateOf", original))
                .statusCode(200).body("resolution", equalTo("DUPLICATE"));
    }

    @Test
    void itIsOnlyForEmails() {
        String original = createId("ozon", "PHONE", "Звонок", "caller-" + UUID.randomUUID() + "@example.ru");
        String copy = createId("ozon", "PHONE", "Звонок", "other-" + UUID.randomUUID() + "@example.ru");
        close("ozon", copy, Map.of("resolution", "NRR", "duplicateOf", original))
                .statusCode(422).body("rule", equalTo("R91"));
    }

    private static String email(String from, String message) {
        String id = createId("ozon", "EMAIL", "Заказ", from);
        addMessage("ozon", id, "CUSTOMER", "PUBLIC", message).statusCode(201);
        return id;
    }
}
