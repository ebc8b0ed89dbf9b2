package dev.opsdesk.ticket.messaging;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
import static dev.opsdesk.ticket.ActivityRequests.logWithoutTicket;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A work log is published as ticket.activity-logged with the category's AHT and the actual seconds. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ActivityLoggedEventTest {

    private static ConsumerRecord<String, String> event(String key) {
        return TestKafka.awaitRecord("ticket-events",
                r -> key.equals(r.key()) && "ticket.activity-logged".equals(TestKafka.header(r, "ce_type").orElse("")),
                Duration.ofSeconds(30));
    }

    @Test
    void workOnATicketIsPublishedKeyedByTheTicket() {
        String id = createId("crazysales", "PHONE", "Call back", "ev@example.com");
        String activityId = logOnTicket("crazysales", id, activity("Voice (Outbound)", 437, "callOutcome", "ANSWERED"))
                .statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = event(id);
        assertEquals(List.of(), EventContracts.violations("ticket.activity-logged", record.value()), record.value());
        JsonPath data = JsonPath.from(record.value());
        assertEquals(activityId, data.getString("activityId"));
        assertEquals(id, data.getString("ticketId"));
        assertEquals("Voice (Outbound)", data.getString("taskCategory"));
        assertEquals(12, data.getInt("standardMinutes"));
        assertEquals(437, data.getInt("actualSeconds"));
        assertEquals("VOICE", data.getString("channelKind"));
        assertEquals("crazysales", TestKafka.header(record, "ce_tenantid").orElseThrow());
    }

    @Test
    void workWithoutATicketIsPublishedKeyedByTheActivity() {
        String activityId = logWithoutTicket("crazysales", activity("Spam Checking", 75))
                .statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = event(activityId);
        assertEquals(List.of(), EventContracts.violations("ticket.activity-logged", record.value()), record.value());
        assertEquals(activityId, TestKafka.header(record, "ce_subject").orElseThrow());
        JsonPath data = JsonPath.from(record.value());
        assertNull(data.get("ticketId"));
        assertEquals(2, data.getInt("standardMinutes"));
        assertEquals(75, data.getInt("actualSeconds"));
    }
}
