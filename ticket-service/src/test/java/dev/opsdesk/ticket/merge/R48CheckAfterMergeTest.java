package dev.opsdesk.ticket.merge;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.classify;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R48: replying on a ticket that absorbed others reminds the agent to check Type, Status and Notes. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R48CheckAfterMergeTest {

    @Test
    void aReplyAfterAMergeWithoutTypeIsAdvisedAndWithTypeAndNotesIsNot() {
        String email = "r48-" + UUID.randomUUID() + "@example.com";
        String order = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
        String target = MergeFixtures.ticket(email, order, "first");
        String source = MergeFixtures.ticket(email, order, "second");
        MergeFixtures.merge(target, List.of(source), Map.of()).statusCode(200);

        addMessage(MergeFixtures.TENANT, target, "STAFF", "PUBLIC", "Thank you for contacting us. All sorted.")
                .statusCode(201).body("advice.rule", hasItem("R48"));
        classify(MergeFixtures.TENANT, target, Map.of("topics", List.of(), "orderId", order, "sku", "SKU-1",
                "type", "Delivery")).statusCode(200);
        addMessage(MergeFixtures.TENANT, target, "STAFF", "PUBLIC", "One more detail: tracking is attached.")
                .statusCode(201).body("advice.rule", not(hasItem("R48")));
    }
}
