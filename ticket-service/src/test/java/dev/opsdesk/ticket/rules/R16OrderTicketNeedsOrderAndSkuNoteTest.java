package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addNote;
import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R16: an aftersales ticket (one with an order) has its Order ID / SKU note before it is closed. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R16OrderTicketNeedsOrderAndSkuNoteTest {

    private static final Map<String, Object> RESOLVE = Map.of("status", "RESOLVED",
            "reply", Map.of("body", "Thank you for contacting us. The replacement is on its way."));

    private static String ticketWithOrder() {
        String id = createId("crazysales", "EMAIL", "Wrong size", "o@example.com");
        classify("crazysales", id, Map.of("topics", List.of(), "orderId", "10023456", "sku", "SKU-1")).statusCode(200);
        return id;
    }

    @Test
    void closingWithoutTheOrderNoteIsRejected() {
        changeStatus("crazysales", ticketWithOrder(), RESOLVE).statusCode(422).body("rule", equalTo("R16"));
    }

    @Test
    void closingAfterTheOrderNoteIsAccepted() {
        String id = ticketWithOrder();
        addNote("crazysales", id, "ticket-order-note", Map.of("Order ID", "10023456", "SKU", "SKU-1")).statusCode(201);
        changeStatus("crazysales", id, RESOLVE).statusCode(200).body("status", equalTo("RESOLVED"));
    }
}
