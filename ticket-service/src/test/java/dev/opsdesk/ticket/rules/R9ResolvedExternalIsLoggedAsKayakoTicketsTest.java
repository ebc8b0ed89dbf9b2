package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
import static dev.opsdesk.ticket.ActivityRequests.logWithoutTicket;
import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.createInStore;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R9: a ticket answered on another platform (status Resolved (EXTERNAL)) is logged as Kayako Tickets
 * with the sub-category RESOLVED_EXTERNAL; eBay tickets are exempt (R8, A42).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R9ResolvedExternalIsLoggedAsKayakoTicketsTest {

    private static String answeredElsewhere(String store) {
        String id = createInStore("crazysales", "EMAIL", store);
        changeStatus("crazysales", id, Map.of("status", "RESOLVED_EXTERNAL")).statusCode(200);
        return id;
    }

    @Test
    void aTicketAnsweredOnAnotherPlatformIsLoggedAsKayakoTicketsResolvedExternal() {
        logOnTicket("crazysales", answeredElsewhere("Mysale"), activity("Kayako Tickets", 200))
                .statusCode(201)
                .body("taskCategory", equalTo("Kayako Tickets"))
                .body("subCategory", equalTo("RESOLVED_EXTERNAL"))
                .body("standardMinutes", equalTo(5));
    }

    @Test
    void anotherCategoryForSuchATicketIsRejectedNamingR9() {
        logOnTicket("crazysales", answeredElsewhere("TradeMe"), activity("Special Stores", 200))
                .statusCode(422)
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("R9"))
                .body("errors[0].field", equalTo("taskCategory"));
    }

    @Test
    void theSubCategoryMayBeGivenForKayakoTicketsOnly() {
        logWithoutTicket("crazysales", activity("Kayako Tickets", 200, "subCategory", "RESOLVED_EXTERNAL"))
                .statusCode(201)
                .body("subCategory", equalTo("RESOLVED_EXTERNAL"));
        logWithoutTicket("crazysales", activity("Special Stores", 200, "subCategory", "RESOLVED_EXTERNAL"))
                .statusCode(422)
                .body("rule", equalTo("R9"))
                .body("errors[0].field", equalTo("subCategory"));
        logWithoutTicket("crazysales", activity("Kayako Tickets", 200, "subCategory", "SOLVED_ELSEWHERE"))
                .statusCode(422)
                .body("type", endsWith("/invalid-value"))
                .body("errors[0].field", equalTo("subCategory"));
    }

    @Test
    void anEbayTicketAnsweredInTheEbayPortalIsNotForcedIntoKayakoTickets() {
        logOnTicket("crazysales", answeredElsewhere("eBay"), activity("eBay Messaging", 200))
                .statusCode(201)
                .body("subCategory", nullValue());
    }
}
