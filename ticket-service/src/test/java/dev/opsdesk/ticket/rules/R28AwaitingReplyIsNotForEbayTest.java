package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.createInStore;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R28 (warn): Awaiting-Reply is not used for eBay tickets unless the agent overrides with a reason. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R28AwaitingReplyIsNotForEbayTest {

    private static final Map<String, String> REPLY = Map.of("body", "Could you confirm the address?");

    @Test
    void awaitingReplyOnAnEbayTicketIsAWarningThatNamesR28() {
        String id = createInStore("crazysales", "EMAIL", "eBay");
        changeStatus("crazysales", id, Map.of("status", "AWAITING_REPLY", "reply", REPLY))
                .statusCode(422)
                .body("type", endsWith("/rule-warning"))
                .body("rule", equalTo("R28"));
    }

    @Test
    void theWarningCanBeOverriddenWithAReason() {
        String id = createInStore("crazysales", "EMAIL", "eBay");
        changeStatus("crazysales", id, Map.of("status", "AWAITING_REPLY", "reply", REPLY,
                "override", Map.of("rules", Set.of("R28"), "reason", "customer wrote outside eBay")))
                .statusCode(200)
                .body("status", equalTo("AWAITING_REPLY"));
    }

    @Test
    void otherStoresMayUseAwaitingReply() {
        String id = createInStore("crazysales", "EMAIL", "AU");
        changeStatus("crazysales", id, Map.of("status", "AWAITING_REPLY", "reply", REPLY)).statusCode(200);
    }
}
