package dev.opsdesk.qa.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.TestKafka;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One ticket's conversation as ticket-service publishes it on ticket-events. Every fixture is checked
 * against its schema in event-contracts before it is sent, so these tests consume what the producer
 * may really emit.
 */
public final class TicketEventFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tenant;
    private final UUID ticketId;
    private String key;
    private Instant clock = Instant.parse("2026-11-24T09:00:00Z");

    public TicketEventFixtures(String tenant, UUID ticketId) {
        this.tenant = tenant;
        this.ticketId = ticketId;
    }

    public static TicketEventFixtures ticket(String tenant) {
        return new TicketEventFixtures(tenant, UUID.randomUUID());
    }

    /** Sends this ticket's events with {@code other}'s key: same partition, so they are read in order with its. */
    public TicketEventFixtures onPartitionOf(TicketEventFixtures other) {
        key = other.ticketId.toString();
        return this;
    }

    public UUID id() {
        return ticketId;
    }

    public String tenant() {
        return tenant;
    }

    public TicketEventFixtures created(String channel, String subject, String name, String email) {
        ObjectNode data = base("createdAt").put("channel", channel).put("subject", subject).put("status", "NEW")
                .put("statusCode", "NEW");
        ObjectNode requester = data.putObject("requester").put("email", email);
        if (name != null) {
            requester.put("name", name);
        }
        return send("ticket.created", data);
    }

    public TicketEventFixtures message(String authorType, String authorId, String body) {
        UUID messageId = UUID.randomUUID();
        ObjectNode data = base("createdAt").put("messageId", messageId.toString())
                .put("originTicketId", ticketId.toString()).put("authorType", authorType)
                .put("visibility", "PUBLIC").put("body", body);
        data.put("authorId", authorId);
        return send("ticket.message-added", data);
    }

    public TicketEventFixtures assigned(String owner) {
        ObjectNode data = base("assignedAt").put("ownerAfter", owner).put("actor", "system");
        data.putNull("ownerBefore");
        return send("ticket.assigned", data);
    }

    public TicketEventFixtures classified(String type, String orderId) {
        ObjectNode data = base("classifiedAt").put("noOrder", orderId == null).put("actor", "test-agent")
                .put("priority", "NORMAL").put("type", type).put("orderId", orderId);
        data.putArray("topics");
        return send("ticket.classified", data);
    }

    public TicketEventFixtures note(String templateId, Map<String, String> fields) {
        ObjectNode data = base("createdAt").put("noteId", UUID.randomUUID().toString()).put("templateId", templateId)
                .put("authorId", "test-agent");
        ObjectNode values = data.putObject("fields");
        fields.forEach(values::put);
        data.putArray("warnings");
        return send("ticket.note-added", data);
    }

    public TicketEventFixtures status(String fromCode, String fromCategory, String toCode, String toCategory) {
        ObjectNode data = base("changedAt").put("actor", "test-agent");
        data.putObject("from").put("code", fromCode).put("category", fromCategory);
        data.putObject("to").put("code", toCode).put("category", toCategory);
        return send("ticket.status-changed", data);
    }

    public TicketEventFixtures resolved(String resolution, String category, boolean replied) {
        ObjectNode data = base("resolvedAt").put("resolution", resolution).put("category", category)
                .put("status", resolution).put("replied", replied).put("actor", "test-agent");
        data.putObject("resolutionLabels").put("en", resolution);
        data.putArray("topics");
        return send("ticket.resolved", data);
    }

    public TicketEventFixtures merged(List<UUID> sources) {
        ObjectNode data = base("mergedAt").put("mergeId", UUID.randomUUID().toString()).put("statusBefore", "NEW")
                .put("statusAfter", "NEW").put("mergedBy", "test-agent");
        ArrayNode ids = data.putArray("sourceTicketIds");
        sources.forEach(s -> ids.add(s.toString()));
        return send("ticket.merged", data);
    }

    private ObjectNode base(String timeField) {
        clock = clock.plusSeconds(30);
        return JSON.createObjectNode().put("ticketId", ticketId.toString()).put("tenantId", tenant)
                .put(timeField, clock.toString());
    }

    private TicketEventFixtures send(String type, ObjectNode data) {
        String json = data.toString();
        assertEquals(List.of(), EventContracts.violations(type, json), type + " fixture breaks its schema");
        TestKafka.send(CloudEventRecord.to("ticket-events").type(type).subject(ticketId.toString()).tenant(tenant)
                .key(key).data(json).build());
        return this;
    }
}
