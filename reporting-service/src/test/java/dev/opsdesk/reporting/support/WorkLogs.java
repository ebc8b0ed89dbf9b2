package dev.opsdesk.reporting.support;

import dev.opsdesk.testing.CloudEventRecord;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** ticket.activity-logged events as ticket-service publishes them. */
public final class WorkLogs {

    private WorkLogs() {
    }

    public static ProducerRecord<String, String> logged(String tenant, UUID activityId, String agent, Instant at) {
        return CloudEventRecord.to("ticket-events").type("ticket.activity-logged").subject(activityId.toString())
                .tenant(tenant)
                .data("""
                        {"activityId":"%s","ticketId":null,"tenantId":"%s","agentId":"%s","taskCategory":"Spam Checking",
                         "categoryRow":1,"standardMinutes":2,"actualSeconds":90,"loggedAt":"%s"}"""
                        .formatted(activityId, tenant, agent, at))
                .build();
    }
}
