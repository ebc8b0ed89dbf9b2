package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addNote;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** R131: case actions come from the pick list (no free text); R132: pertinent information is a public comment. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R131R132CaseActionsAndPublicCommentsTest {

    @Test
    void r131_anActionFromThePickListIsRecorded() {
        String id = createId("festival", "EMAIL", "Refund for cancelled category", "filmmaker@example.org");
        addNote("festival", id, "case-action", Map.of("Action", "Refund requested", "Details", "Category cancelled"))
                .statusCode(201).body("body", equalTo("Action: Refund requested\nDetails: Category cancelled"));
    }

    @Test
    void r131_aFreeTextActionIsRejected() {
        String id = createId("festival", "EMAIL", "Refund for cancelled category", "filmmaker@example.org");
        addNote("festival", id, "case-action", Map.of("Action", "Sorted it out"))
                .statusCode(422).body("rule", equalTo("R131"));
    }

    @Test
    void r132_aCaseCommentIsPublicInTheViewAndTheEvent() throws Exception {
        String id = createId("festival", "EMAIL", "Submission question", "filmmaker@example.org");
        addNote("festival", id, "case-comment", Map.of("Comment", "Submission moved to Shorts")).statusCode(201)
                .body("visibility", equalTo("PUBLIC"));
        ConsumerRecord<String, String> event = TestKafka.awaitRecord("ticket-events", r -> id.equals(r.key())
                && "ticket.note-added".equals(TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));
        assertEquals("PUBLIC", new ObjectMapper().readTree(event.value()).path("visibility").asText(), event.value());
        assertEquals(List.of(), EventContracts.violations("ticket.note-added", event.value()));
    }

    @Test
    void r132_aCaseCommentCannotBeMadeInternal() {
        String id = createId("festival", "EMAIL", "Submission question", "filmmaker@example.org");
        given().header("Authorization", TestTokens.bearer("festival", "agent")).contentType("application/json")
                .body(Map.of("templateId", "case-comment", "fields", Map.of("Comment", "Moved"), "visibility", "INTERNAL"))
                .when().post("/api/v1/tickets/" + id + "/notes")
                .then().statusCode(422).body("rule", equalTo("R132")).body("errors[0].field", equalTo("visibility"));
    }

    @Test
    void otherNoteFormatsStayInternalAndCannotBeMadePublic() {
        String id = createId("festival", "PHONE", "Call", "caller@example.org");
        addNote("festival", id, "log-a-call", Map.of("Issues", "Late", "Results", "Explained", "Pertinent information", "-"))
                .statusCode(201).body("visibility", equalTo("INTERNAL"));
        given().header("Authorization", TestTokens.bearer("festival", "agent")).contentType("application/json")
                .body(Map.of("templateId", "log-a-call", "visibility", "PUBLIC",
                        "fields", Map.of("Issues", "Late", "Results", "Explained", "Pertinent information", "-")))
                .when().post("/api/v1/tickets/" + id + "/notes")
                .then().statusCode(422).body("errors[0].field", equalTo("visibility"));
    }
}
