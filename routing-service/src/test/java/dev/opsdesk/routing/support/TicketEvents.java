package dev.opsdesk.routing.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.EventContracts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * ticket-events fixtures as ticket-service publishes them; every payload is checked against its
 * published schema, so routing is never tested with events the producer could not send.
 */
public final class TicketEvents {

    private TicketEvents() {
    }

    public static ProducerRecord<String, String> created(String tenant, UUID ticket, String channel, String subject,
                                                         String email, Instant at) {
        return created(tenant, ticket, channel, subject, email, "NEW", "NEW", at);
    }

    public static ProducerRecord<String, String> created(String tenant, UUID ticket, String channel, String subject,
                                                         String email, String statusCode, String category, Instant at) {
        return record("ticket.created", tenant, ticket, """
                {"ticketId":"%s","tenantId":"%s","channel":"%s","subject":%s,"status":"%s","statusCode":"%s",
                 "requester":{"email":"%s"},"createdAt":"%s"}"""
                .formatted(ticket, tenant, channel, quote(subject), category, statusCode, email, at));
    }

    public static ProducerRecord<String, String> classified(String tenant, UUID ticket, List<String> topics,
                                                            String type, String priority) {
        return record("ticket.classified", tenant, ticket, """
                {"ticketId":"%s","tenantId":"%s","topics":[%s],"noOrder":true,"actor":"agent-1",
                 "classifiedAt":"%s","type":%s,"priority":"%s"}"""
                .formatted(ticket, tenant, topics.stream().map(TicketEvents::quote).collect(Collectors.joining(",")),
                        Instant.now(), type == null ? "null" : quote(type), priority));
    }

    public static ProducerRecord<String, String> statusChanged(String tenant, UUID ticket, String toCode,
                                                               String toCategory, Instant at) {
        return record("ticket.status-changed", tenant, ticket, """
                {"ticketId":"%s","tenantId":"%s","from":{"code":"X","category":"NEW"},
                 "to":{"code":"%s","category":"%s"},"actor":"agent-1","changedAt":"%s"}"""
                .formatted(ticket, tenant, toCode, toCategory, at));
    }

    public static ProducerRecord<String, String> messageAdded(String tenant, UUID ticket, String authorType,
                                                              String visibility, Instant at) {
        return record("ticket.message-added", tenant, ticket, """
                {"ticketId":"%s","tenantId":"%s","messageId":"%s","originTicketId":"%s","authorType":"%s",
                 "authorId":null,"visibility":"%s","body":"hello","createdAt":"%s"}"""
                .formatted(ticket, tenant, UUID.randomUUID(), ticket, authorType, visibility, at));
    }

    public static ProducerRecord<String, String> noteAdded(String tenant, UUID ticket, String templateId,
                                                           String visibility, Instant at) {
        return record("ticket.note-added", tenant, ticket, """
                {"ticketId":"%s","tenantId":"%s","noteId":"%s","templateId":"%s","fields":{},"warnings":[],
                 "visibility":"%s","authorId":"front","createdAt":"%s"}"""
                .formatted(ticket, tenant, UUID.randomUUID(), templateId, visibility, at));
    }

    public static ProducerRecord<String, String> merged(String tenant, UUID target, List<UUID> sources,
                                                        String ownerAfter, String rule, Instant at) {
        return record("ticket.merged", tenant, target, """
                {"ticketId":"%s","tenantId":"%s","mergeId":"%s","sourceTicketIds":[%s],"statusBefore":"AWAITING_REPLY",
                 "statusAfter":"CUSTOMER_REPLY","ownerBefore":null,"ownerAfter":"%s","rule":"%s","mergedBy":"%s",
                 "mergedAt":"%s"}"""
                .formatted(target, tenant, UUID.randomUUID(), sources.stream().map(s -> quote(s.toString()))
                        .collect(Collectors.joining(",")), ownerAfter, rule, ownerAfter, at));
    }

    public static ProducerRecord<String, String> assigned(String tenant, UUID ticket, String before, String after,
                                                          String source, Instant at) {
        return record("ticket.assigned", tenant, ticket, """
                {"ticketId":"%s","tenantId":"%s","ownerBefore":%s,"ownerAfter":%s,"actor":"someone",
                 "assignedAt":"%s","source":"%s"}"""
                .formatted(ticket, tenant, before == null ? "null" : quote(before), after == null ? "null" : quote(after),
                        at, source));
    }

    private static ProducerRecord<String, String> record(String type, String tenant, UUID ticket, String data) {
        assertEquals(List.of(), EventContracts.violations(type, data), type + " fixture breaks its contract");
        return CloudEventRecord.to("ticket-events").type(type).subject(ticket.toString()).tenant(tenant).data(data)
                .build();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
