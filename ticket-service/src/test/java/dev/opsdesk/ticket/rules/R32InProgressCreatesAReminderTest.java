package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** R32: setting In Progress creates a follow-up reminder with a due date for the owner. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R32InProgressCreatesAReminderTest {

    @Test
    void inProgressSchedulesTheReminderAtTheRequestedTimeAndPublishesIt() {
        String id = createId("crazysales", "EMAIL", "Waiting on purchaser", "e@example.com");
        changeStatus("crazysales", id, Map.of("status", "IN_PROGRESS", "reminderDueAt", "2030-01-02T03:04:05Z",
                "reply", Map.of("body", "We are waiting for the purchaser and will update you by tomorrow.")))
                .statusCode(200);

        ConsumerRecord<String, String> event = TestKafka.awaitRecord("ticket-events", r -> id.equals(r.key())
                && TestKafka.header(r, "ce_type").orElse("").equals("ticket.status-changed"), Duration.ofSeconds(30));
        assertEquals("2030-01-02T03:04:05Z", JsonPath.from(event.value()).getString("reminderDueAt"));
    }

    @Test
    void aStatusWithoutAReminderRuleSchedulesNone() {
        String id = createId("crazysales", "EMAIL", "Thanks", "e@example.com");
        changeStatus("crazysales", id, Map.of("status", "AWAITING_REPLY",
                "reply", Map.of("body", "Could you confirm your address?"))).statusCode(200);

        ConsumerRecord<String, String> event = TestKafka.awaitRecord("ticket-events", r -> id.equals(r.key())
                && TestKafka.header(r, "ce_type").orElse("").equals("ticket.status-changed"), Duration.ofSeconds(30));
        assertEquals(null, JsonPath.from(event.value()).getString("reminderDueAt"));
    }
}
