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

/** R15: the voice backend note starts with "inbound call (<phone number>)". */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R15VoiceBackendNoteTest {

    @Test
    void anInboundCallSourceWithThePhoneNumberIsAccepted() {
        String id = createId("crazysales", "PHONE", "Call", "v@example.com");
        addNote("crazysales", id, "backend-note-voice", Map.of("Complaint/Inquiry Source", "inbound call (+61 2 9999 0000)",
                "Issue", "Late delivery", "Resolution/Recommendation", "Chased courier")).statusCode(201);
    }

    @Test
    void aSourceWithoutThePhoneNumberIsRejected() {
        String id = createId("crazysales", "PHONE", "Call", "v@example.com");
        addNote("crazysales", id, "backend-note-voice", Map.of("Complaint/Inquiry Source", "phone",
                "Issue", "Late delivery", "Resolution/Recommendation", "Chased courier"))
                .statusCode(422)
                .body("rule", equalTo("R15"));
    }
}
