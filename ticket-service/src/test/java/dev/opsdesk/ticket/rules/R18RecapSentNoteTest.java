package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addNote;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R18: after the recap e-mail, the note "<Ticket ID> / Sent recap email to customer" is logged. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R18RecapSentNoteTest {

    @Test
    void theRecapNoteWithTheTicketIdIsAccepted() {
        String id = createId("crazysales", "PHONE", "Aftersales call", "r@example.com");
        addNote("crazysales", id, "recap-sent-note", Map.of("Ticket ID", id, "Recap", "Sent recap email to customer"))
                .statusCode(201);
    }

    @Test
    void aRecapNoteWithoutTheTicketIdIsRejected() {
        String id = createId("crazysales", "PHONE", "Aftersales call", "r@example.com");
        addNote("crazysales", id, "recap-sent-note", Map.of("Recap", "Sent recap email to customer"))
                .statusCode(422)
                .body("rule", equalTo("R18"));
    }
}
