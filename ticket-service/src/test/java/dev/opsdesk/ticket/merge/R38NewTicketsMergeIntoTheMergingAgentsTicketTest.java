package dev.opsdesk.ticket.merge;

import static dev.opsdesk.ticket.TicketRequests.get;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R38: in a New + New merge, the other tickets' "Ticket ID to merge into" is the merging agent's ticket. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R38NewTicketsMergeIntoTheMergingAgentsTicketTest {

    @Test
    void theOtherNewTicketsAreMergedIntoTheTicketAssignedToTheMergingAgent() {
        String order = "R38" + UUID.randomUUID().toString().substring(0, 6);
        String mine = MergeFixtures.ticket("r38@example.com", order, "Where is my parcel?");
        String other = MergeFixtures.ticket("r38@example.com", order, "Any news?");
        MergeFixtures.assign(mine, MergeFixtures.AGENT);
        MergeFixtures.assign(other, "someone-else");

        MergeFixtures.merge(mine, List.of(other), Map.of()).statusCode(200);
        get(MergeFixtures.TENANT, other).body("mergedInto", equalTo(mine));
        get(MergeFixtures.TENANT, mine).body("ownerId", equalTo(MergeFixtures.AGENT));
    }

    @Test
    void mergingTheMergingAgentsOwnTicketIntoAnotherIsRejectedAndChangesNothing() {
        String order = "R38" + UUID.randomUUID().toString().substring(0, 6);
        String mine = MergeFixtures.ticket("r38@example.com", order, "Where is my parcel?");
        String other = MergeFixtures.ticket("r38@example.com", order, "Any news?");
        MergeFixtures.assign(mine, MergeFixtures.AGENT);

        MergeFixtures.merge(other, List.of(mine), Map.of()).statusCode(422).body("rule", equalTo("R38"));
        get(MergeFixtures.TENANT, mine).body("mergedInto", equalTo(null)).body("status", equalTo("NEW"));
        get(MergeFixtures.TENANT, other).body("ownerId", equalTo(null));
    }

    @Test
    void unassignedNewTicketsGoToTheMergingAgent() {
        String order = "R38" + UUID.randomUUID().toString().substring(0, 6);
        String first = MergeFixtures.ticket("r38@example.com", order, "Where is my parcel?");
        String second = MergeFixtures.ticket("r38@example.com", order, "Any news?");
        MergeFixtures.merge(first, List.of(second), Map.of()).statusCode(200);
        get(MergeFixtures.TENANT, second).body("mergedInto", equalTo(first));
        get(MergeFixtures.TENANT, first).body("ownerId", equalTo(MergeFixtures.AGENT));
    }
}
