package dev.opsdesk.benchmark.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class PoisonRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nineRecordsInARowCoverEveryKindOnEveryTopic() {
        Set<String> combinations = new HashSet<>();
        for (long n = 0; n < 9; n++) {
            combinations.add(PoisonRecords.target(n) + "/" + PoisonRecords.kind(n));
        }
        assertEquals(9, combinations.size());
    }

    @Test
    void notACloudEventHasNoCloudEventHeadersButKeepsItsId() {
        ProducerRecord<byte[], byte[]> r = record(kindAt(Poison.Kind.NOT_A_CLOUD_EVENT));
        assertNull(r.headers().lastHeader("ce_specversion"));
        assertNull(r.headers().lastHeader("ce_id"));
        assertTrue(header(r, PoisonRecords.ID_HEADER).startsWith("poison-run-1-"));
        assertEquals(header(r, PoisonRecords.ID_HEADER), new String(r.key(), StandardCharsets.UTF_8));
    }

    @Test
    void unreadableJsonIsACompleteCloudEventOfATypeTheConsumersReadWithDataThatDoesNotParse() {
        long n = kindAt(Poison.Kind.UNREADABLE_JSON);
        ProducerRecord<byte[], byte[]> r = record(n);
        assertEquals("1.0", header(r, "ce_specversion"));
        assertEquals(PoisonRecords.target(n).eventType(), header(r, "ce_type"));
        assertThrows(JsonProcessingException.class, () -> JSON.readTree(r.value()));
    }

    @Test
    void missingFieldsParsesButLacksWhatEveryConsumerRequires() throws Exception {
        ProducerRecord<byte[], byte[]> r = record(kindAt(Poison.Kind.MISSING_REQUIRED_FIELDS));
        JsonNode data = JSON.readTree(r.value());
        for (String required : new String[] {"ticketId", "tenantId", "decisionId", "evaluationId", "createdAt"}) {
            assertTrue(data.path(required).isMissingNode(), required);
        }
    }

    @Test
    void poisonNeverCarriesTheRunsTenantSoADeadLetterOfThatTenantIsAGoodRecord() {
        for (long n = 0; n < 9; n++) {
            Header tenant = record(n).headers().lastHeader("ce_tenantid");
            if (tenant != null) {
                assertNotEquals("fault-run-1", new String(tenant.value(), StandardCharsets.UTF_8));
            }
        }
    }

    private static long kindAt(Poison.Kind kind) {
        for (long n = 0; ; n++) {
            if (PoisonRecords.kind(n) == kind) {
                return n;
            }
        }
    }

    private static ProducerRecord<byte[], byte[]> record(long n) {
        return PoisonRecords.record("run-1", n);
    }

    private static String header(ProducerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
