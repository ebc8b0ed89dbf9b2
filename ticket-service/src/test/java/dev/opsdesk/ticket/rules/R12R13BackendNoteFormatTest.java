package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addNote;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R12: the 2021 backend note has its four labelled lines; R13: the source is one of the listed values. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R12R13BackendNoteFormatTest {

    @Test
    void r12_aCompleteBackendNoteIsStoredAsLabelledLinesInOrder() {
        String id = createId("crazysales", "EMAIL", "Damaged item", "n1@example.com");
        addNote("crazysales", id, "backend-note-2021", Map.of("Complaint/Inquiry Source", "Kayako",
                "Reference", id, "Issue", "Item arrived damaged", "Resolution/Recommendation", "Replacement sent"))
                .statusCode(201)
                .body("body", equalTo("Complaint/Inquiry Source: Kayako\nReference: " + id
                        + "\nIssue: Item arrived damaged\nResolution/Recommendation: Replacement sent"));
    }

    @Test
    void r12_aBackendNoteWithoutReferenceIsRejected() {
        String id = createId("crazysales", "EMAIL", "Damaged item", "n1@example.com");
        addNote("crazysales", id, "backend-note-2021", Map.of("Complaint/Inquiry Source", "Kayako",
                "Issue", "Item arrived damaged", "Resolution/Recommendation", "Replacement sent"))
                .statusCode(422)
                .body("rule", equalTo("R12"))
                .body("errors.field", hasItem("fields.Reference"));
    }

    @Test
    void r13_aSourceOutsideTheListIsRejected() {
        String id = createId("crazysales", "EMAIL", "Damaged item", "n1@example.com");
        addNote("crazysales", id, "backend-note-2021", Map.of("Complaint/Inquiry Source", "Twitter",
                "Reference", id, "Issue", "x", "Resolution/Recommendation", "y"))
                .statusCode(422)
                .body("rule", equalTo("R13"));
    }
}
