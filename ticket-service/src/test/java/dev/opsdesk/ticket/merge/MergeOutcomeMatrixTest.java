package dev.opsdesk.ticket.merge;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.get;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * §4.5 outcome matrix, every target status × who wrote last: the target's status and owner after
 * merging a New ticket into it (R37, R39–R45, A7, A8).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class MergeOutcomeMatrixTest {

    @ParameterizedTest(name = "into {0}, {1} wrote last -> {2} ({3})")
    @CsvSource({
            // target status,   latest,   status after,      owner after, rule
            "NEW,               CUSTOMER, NEW,               merger,      R37",
            "NEW,               STAFF,    NEW,               merger,      R37",
            "AWAITING_REPLY,    CUSTOMER, CUSTOMER_REPLY,    owner,       R40",
            "AWAITING_REPLY,    STAFF,    AWAITING_REPLY,    owner,       R41",
            "IN_PROGRESS,       CUSTOMER, CUSTOMER_REPLY,    owner,       R40",
            "IN_PROGRESS,       STAFF,    IN_PROGRESS,       owner,       R41",
            "CUSTOMER_REPLY,    CUSTOMER, CUSTOMER_REPLY,    owner,       R42",
            "CUSTOMER_REPLY,    STAFF,    CUSTOMER_REPLY,    owner,       R42",
            "RESOLVED,          CUSTOMER, CUSTOMER_REPLY,    owner,       R45",
            "RESOLVED,          STAFF,    RESOLVED,          owner,       R41",
            "OPEN,              CUSTOMER, OPEN,              owner,       A8",
            "OPEN,              STAFF,    OPEN,              owner,       A8",
            "RESOLVED_EXTERNAL, CUSTOMER, CUSTOMER_REPLY,    owner,       A8",
            "RESOLVED_EXTERNAL, STAFF,    RESOLVED_EXTERNAL, owner,       A8"})
    void theTargetStatusAndOwnerAfterTheMerge(String targetStatus, String latest, String statusAfter, String ownerAfter,
                                             String rule) {
        String email = "matrix-" + UUID.randomUUID() + "@example.com";
        String order = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
        String target = MergeFixtures.ticket(email, order, "My order has not arrived");
        MergeFixtures.assign(target, "owner-1");
        MergeFixtures.bringTo(target, targetStatus);
        String source = MergeFixtures.ticket(email, order, "Any news about my order?");
        if (latest.equals("STAFF")) {
            addMessage(MergeFixtures.TENANT, target, "STAFF", "PUBLIC", "Update: the courier has it.").statusCode(201);
        }

        MergeFixtures.merge(target, List.of(source), Map.of("concernRaisedButUnanswered", true))
                .statusCode(200)
                .body("target.status", equalTo(statusAfter))
                .body("target.ownerId", equalTo(ownerAfter.equals("owner") ? "owner-1" : MergeFixtures.AGENT))
                .body("target.lastMessageAuthor", equalTo(latest));
        get(MergeFixtures.TENANT, source).body("status", equalTo("MERGED")).body("statusCategory", equalTo("MERGED"));
    }

    @ParameterizedTest(name = "nothing is merged into {0}")
    @CsvSource({"CLOSED_NO_ACTION"})
    void closedWithoutActionTakesNoMerge(String targetStatus) {
        String email = "matrix-" + UUID.randomUUID() + "@example.com";
        String order = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
        String target = MergeFixtures.ticket(email, order, null);
        MergeFixtures.bringTo(target, targetStatus);
        String source = MergeFixtures.ticket(email, order, "hello");
        MergeFixtures.merge(target, List.of(source), Map.of()).statusCode(422);
        get(MergeFixtures.TENANT, source).body("status", equalTo("NEW"));
    }
}
