package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addNote;
import static dev.opsdesk.ticket.TicketRequests.createInStore;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R14: after 2021-10-29 the old backend-note format is accepted only for eBay and CKM tickets. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R14OldBackendNoteOnlyForEbayAndCkmTest {

    private static final Map<String, String> OLD_FORMAT = Map.of("Complaint/Inquiry Source", "eBay link",
            "Issue", "Case opened", "Resolution/Recommendation", "Refund on eBay");

    @Test
    void theOldFormatIsAcceptedOnAnEbayTicket() {
        addNote("crazysales", createInStore("crazysales", "EMAIL", "eBay"), "backend-note-2019", OLD_FORMAT)
                .statusCode(201);
    }

    @Test
    void theOldFormatIsRejectedOnAnAustralianStoreTicket() {
        addNote("crazysales", createInStore("crazysales", "EMAIL", "AU"), "backend-note-2019", OLD_FORMAT)
                .statusCode(422)
                .body("rule", equalTo("R14"));
    }
}
