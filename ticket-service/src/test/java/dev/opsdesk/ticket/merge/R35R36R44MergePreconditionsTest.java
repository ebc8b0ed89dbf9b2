package dev.opsdesk.ticket.merge;

import static dev.opsdesk.ticket.TicketRequests.get;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R35: same customer, order and store; R36: other addresses only for the same customer; R44: no new concern into Resolved. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R35R36R44MergePreconditionsTest {

    private static String email() {
        return "pre-" + UUID.randomUUID() + "@example.com";
    }

    private static String order() {
        return "ORD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void r35_ticketsAboutAnotherOrderAreNotMerged() {
        String email = email();
        String target = MergeFixtures.ticket(email, order(), "a");
        String source = MergeFixtures.ticket(email, order(), "b");
        MergeFixtures.merge(target, List.of(source), Map.of()).statusCode(422).body("rule", equalTo("R35"));
        get(MergeFixtures.TENANT, source).body("status", equalTo("NEW"));
    }

    @Test
    void r35_theSameCustomerAndOrderAreMerged() {
        String email = email();
        String order = order();
        String target = MergeFixtures.ticket(email, order, "a");
        String source = MergeFixtures.ticket(email, order, "b");
        MergeFixtures.merge(target, List.of(source), Map.of()).statusCode(200);
    }

    @Test
    void r36_anotherCustomersTicketIsNotMerged() {
        String order = order();
        String target = MergeFixtures.ticket(email(), order, "a");
        String source = MergeFixtures.ticket(email(), order, "b");
        MergeFixtures.merge(target, List.of(source), Map.of()).statusCode(422).body("rule", equalTo("R36"));
    }

    @Test
    void r36_aSecondAddressOfTheSameCustomerNeedsTheAgentsConfirmation() {
        String first = email();
        String second = email();
        String customer = CustomerFixtures.customerWith(first, second);
        String order = order();
        String target = MergeFixtures.ticket(first, order, "a");
        String source = MergeFixtures.ticket(second, order, "b");
        get(MergeFixtures.TENANT, source).body("customerId", equalTo(customer));

        MergeFixtures.merge(target, List.of(source), Map.of()).statusCode(422)
                .body("type", endsWith("/rule-warning")).body("rule", equalTo("R36"));
        MergeFixtures.merge(target, List.of(source), Map.of("differentAddressesConfirmed", true)).statusCode(200);
    }

    @Test
    void r44_aNewConcernIsNotMergedIntoAResolvedTicket() {
        String email = email();
        String order = order();
        String target = MergeFixtures.ticket(email, order, "a");
        MergeFixtures.bringTo(target, "RESOLVED");
        String source = MergeFixtures.ticket(email, order, "a different question");
        MergeFixtures.merge(target, List.of(source), Map.of()).statusCode(422).body("rule", equalTo("R44"));
        get(MergeFixtures.TENANT, source).body("status", equalTo("NEW"));
    }
}
