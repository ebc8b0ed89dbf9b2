package dev.opsdesk.ticket.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.EventContracts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** routing-events fixtures as routing-service publishes them, each checked against its schema. */
final class RoutingEvents {

    private RoutingEvents() {
    }

    static ProducerRecord<String, String> assigned(String tenant, String ticket, UUID decision, String agent,
                                                   String group, String ownerBefore) {
        return decided(tenant, ticket, decision, "ASSIGNED", agent, group, ownerBefore);
    }

    static ProducerRecord<String, String> queued(String tenant, String ticket, UUID decision, String group) {
        return decided(tenant, ticket, decision, "QUEUED", null, group, null);
    }

    private static ProducerRecord<String, String> decided(String tenant, String ticket, UUID decision, String outcome,
                                                          String agent, String group, String ownerBefore) {
        String data = """
                {"decisionId":"%s","ticketId":"%s","tenantId":"%s","trigger":"TICKET_CREATED","outcome":"%s",
                 "agentId":%s,"groupId":"%s","ruleId":null,"ruleName":null,"roleId":null,"strategy":"%s",
                 "fallbacksTried":[],"explanation":"test","ownerBefore":%s,"decidedAt":"%s"}"""
                .formatted(decision, ticket, tenant, outcome, agent == null ? "null" : "\"" + agent + "\"", group,
                        agent == null ? "NONE" : "LEAST_LOADED", ownerBefore == null ? "null" : "\"" + ownerBefore + "\"",
                        Instant.now());
        return record("routing.assignment-decided", tenant, ticket, data);
    }

    static ProducerRecord<String, String> requeued(String tenant, String ticket, String from, String group) {
        String data = """
                {"ticketId":"%s","tenantId":"%s","fromAgentId":"%s","toGroupId":"%s","reason":"END_OF_DAY",
                 "shiftEndedAt":"%s","requeuedAt":"%s"}""".formatted(ticket, tenant, from, group, Instant.now(),
                Instant.now());
        return record("routing.ticket-requeued", tenant, ticket, data);
    }

    private static ProducerRecord<String, String> record(String type, String tenant, String ticket, String data) {
        assertEquals(List.of(), EventContracts.violations(type, data), type + " fixture breaks its contract");
        return CloudEventRecord.to("routing-events").type(type).source("routing-service").subject(ticket).tenant(tenant)
                .data(data).build();
    }
}
