package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R49: the first reply acknowledges the contact; R51: negative wording is flagged; R33: the TYPE is
 * set when replying. Advice only (A38): the reply is always stored.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R49R51ReplyAdviceTest {

    @Test
    void aFirstReplyWithoutAcknowledgementOrWithNegativeWordsIsSentButAdvised() {
        String id = createId("crazysales", "EMAIL", "Exchange", "lint-" + java.util.UUID.randomUUID() + "@example.com");
        addMessage("crazysales", id, "STAFF", "PUBLIC", "We cannot exchange this item.")
                .statusCode(201)
                .body("advice.rule", hasItem("R49"))
                .body("advice.rule", hasItem("R51"));
    }

    @Test
    void anAcknowledgedPositiveFirstReplyOnATypedTicketGetsNoAdvice() {
        String id = createId("crazysales", "EMAIL", "Exchange", "lint-" + java.util.UUID.randomUUID() + "@example.com");
        classify("crazysales", id, Map.of("topics", List.of(), "type", "Exchange")).statusCode(200);
        addMessage("crazysales", id, "STAFF", "PUBLIC",
                "Thank you for contacting us. We will gladly exchange the item; a label is attached.")
                .statusCode(201)
                .body("advice", empty());
    }

    @Test
    void r33_aReplyOnATicketWithoutTypeIsAdvisedToSetIt() {
        String id = createId("crazysales", "EMAIL", "Exchange", "lint-" + java.util.UUID.randomUUID() + "@example.com");
        addMessage("crazysales", id, "STAFF", "PUBLIC", "Thank you for contacting us. Here is the label.")
                .statusCode(201)
                .body("advice.rule", hasItem("R33"));
    }

    @Test
    void laterRepliesNeedNoAcknowledgementAndCustomerMessagesAreNotLinted() {
        String id = createId("crazysales", "EMAIL", "Exchange", "lint-" + java.util.UUID.randomUUID() + "@example.com");
        classify("crazysales", id, Map.of("topics", List.of(), "type", "Exchange")).statusCode(200);
        addMessage("crazysales", id, "CUSTOMER", "PUBLIC", "No, I cannot wait").statusCode(201).body("advice", empty());
        addMessage("crazysales", id, "STAFF", "PUBLIC", "Thank you for your inquiry. Here is the label.")
                .statusCode(201).body("advice", empty());
        addMessage("crazysales", id, "STAFF", "PUBLIC", "The courier collects it tomorrow.")
                .statusCode(201).body("advice", empty());
    }
}
