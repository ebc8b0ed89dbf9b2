package dev.opsdesk.reporting.readmodel;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.reporting.support.Db;
import dev.opsdesk.reporting.support.Events;
import dev.opsdesk.reporting.support.Reports;
import dev.opsdesk.reporting.support.Tickets;
import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * R76 (A16): a WET TICKET in Pending or On-hold is owed a public update 2 days after the last one.
 * The test profile gives the default calendar Zalora's timer (WET_TICKET, P2D).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R76PendingUpdateIsDueTwoDaysAfterTheLastPublicUpdateTest {

    private final List<ProducerRecord<String, String>> events = new ArrayList<>();

    @Test
    void onlyAWaitingWetTicketWithoutAnUpdateForTwoDaysIsOverdue() {
        String tenant = "r76-" + UUID.randomUUID().toString().substring(0, 8);
        // pending since Mon 10:00, no update since: due Wed 10:00
        UUID overdue = ticket(tenant, "WET_TICKET", "PENDING", "WAITING_CUSTOMER", "2026-11-23T10:00:00Z");
        // on-hold since Mon 10:00, but a public update Tue 09:00: due Thu 09:00
        UUID updated = ticket(tenant, "WET_TICKET", "ON_HOLD", "WAITING_INTERNAL", "2026-11-23T10:00:00Z");
        reply(tenant, updated, "2026-11-24T09:00:00Z");
        // an e-mail is not under the WET TICKET timer
        ticket(tenant, "EMAIL", "PENDING", "WAITING_CUSTOMER", "2026-11-22T10:00:00Z");
        // open but not waiting on the customer or on-hold
        ticket(tenant, "WET_TICKET", "OPEN", "AGENT_ACTION", "2026-11-22T10:00:00Z");
        assertEquals(List.of(), Tickets.contractViolations(events));
        Events.sendAll(events);
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.processedEvents(tenant) == events.size());

        Reports.get(tenant, "/api/v1/reports/sla?asOf=2026-11-25T09:59:59Z").body("pendingUpdateOverdueCount", equalTo(0));
        Reports.get(tenant, "/api/v1/reports/sla?asOf=2026-11-25T10:00:00Z")
                .body("pendingUpdateOverdueCount", equalTo(1))
                .body("pendingUpdateOverdue.ticketId", contains(overdue.toString()))
                .body("pendingUpdateOverdue.statusCode", contains("PENDING"));
        Reports.get(tenant, "/api/v1/reports/sla?asOf=2026-11-26T09:00:00Z")
                .body("pendingUpdateOverdue.ticketId", contains(overdue.toString(), updated.toString()));
    }

    private UUID ticket(String tenant, String channel, String code, String category, String since) {
        UUID id = UUID.randomUUID();
        events.add(event(tenant, id, "ticket.created", """
                {"ticketId":"%s","tenantId":"%s","channel":"%s","subject":"s","status":"NEW",
                 "requester":{"email":"a@example.com"},"createdAt":"%s"}""".formatted(id, tenant, channel, since)));
        events.add(event(tenant, id, "ticket.status-changed", """
                {"ticketId":"%s","tenantId":"%s","from":{"code":"NEW","category":"NEW"},
                 "to":{"code":"%s","category":"%s"},"actor":"a1","changedAt":"%s"}"""
                .formatted(id, tenant, code, category, since)));
        return id;
    }

    private void reply(String tenant, UUID ticket, String at) {
        events.add(event(tenant, ticket, "ticket.message-added", """
                {"ticketId":"%s","tenantId":"%s","messageId":"%s","originTicketId":"%s","authorType":"STAFF",
                 "authorId":"a1","visibility":"PUBLIC","body":"update","createdAt":"%s"}"""
                .formatted(ticket, tenant, UUID.randomUUID(), ticket, at)));
    }

    private static ProducerRecord<String, String> event(String tenant, UUID ticket, String type, String data) {
        return CloudEventRecord.to("ticket-events").type(type).subject(ticket.toString()).tenant(tenant).data(data)
                .build();
    }
}
