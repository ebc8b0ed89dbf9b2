package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.close;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R29: answered elsewhere → Resolved (EXTERNAL); R30: no reply needed → Closed (NO ACTION) and no reply sent. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R29R30CrazySalesClosingStatusesTest {

    @Test
    void r29_answeredOnTradeMeClosesAsResolvedExternal() {
        close("crazysales", createId("crazysales", "EMAIL", "TradeMe Q&A", "t@example.com"),
                Map.of("resolution", "RESOLVED_EXTERNAL"))
                .statusCode(200)
                .body("status", equalTo("RESOLVED_EXTERNAL"))
                .body("statusCategory", equalTo("SOLVED_EXTERNAL"));
    }

    @Test
    void r30_aNewsletterClosesAsClosedNoAction() {
        close("crazysales", createId("crazysales", "EMAIL", "Newsletter", "news@example.com"),
                Map.of("resolution", "CLOSED_NO_ACTION"))
                .statusCode(200)
                .body("status", equalTo("CLOSED_NO_ACTION"));
    }

    @Test
    void r30_closedNoActionWithAReplyIsRejected() {
        close("crazysales", createId("crazysales", "EMAIL", "Newsletter", "news@example.com"),
                Map.of("resolution", "CLOSED_NO_ACTION", "reply", "Thanks!"))
                .statusCode(422).body("rule", equalTo("R30"));
    }
}
