package dev.opsdesk.reporting.support;

import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.EventContracts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/** ticket.created as ticket-service publishes it, and a contract check of any list of records. */
public final class Tickets {

    private Tickets() {
    }

    public static ProducerRecord<String, String> created(String tenant, String ticketId, String subject) {
        return CloudEventRecord.to("ticket-events").type("ticket.created").subject(ticketId).tenant(tenant)
                .data("""
                        {"ticketId":"%s","tenantId":"%s","channel":"EMAIL","subject":"%s","status":"NEW",
                         "requester":{"email":"a@example.com"},"createdAt":"%s"}"""
                        .formatted(ticketId, tenant, subject, Instant.now()))
                .build();
    }

    /** Violations of each record's data against the schema of its ce_type. */
    public static List<String> contractViolations(List<ProducerRecord<String, String>> records) {
        return records.stream().flatMap(r -> EventContracts.violations(
                new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8), r.value()).stream())
                .toList();
    }
}
