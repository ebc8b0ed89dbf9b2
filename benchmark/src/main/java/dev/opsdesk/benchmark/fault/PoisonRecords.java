package dev.opsdesk.benchmark.fault;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The n-th poison record of a run: topics and kinds taken in turn, so every kind reaches every
 * topic. Each carries its id as key and in the header {@value #ID_HEADER}; the CloudEvent-shaped
 * ones have a {@code ce_id} derived from it and a tenant that is not the run's, so a dead letter of
 * the run's own tenant is always a good record dead-lettered by mistake.
 */
public final class PoisonRecords {

    public static final String ID_HEADER = "opsdesk-fault-poison";
    static final String TENANT = "fault-poison";

    private PoisonRecords() {
    }

    public static String id(String runId, long n) {
        return "poison-" + runId + "-" + n;
    }

    public static PoisonTarget target(long n) {
        return PoisonTarget.values()[(int) (n % PoisonTarget.values().length)];
    }

    public static Poison.Kind kind(long n) {
        Poison.Kind[] kinds = Poison.Kind.values();
        return kinds[(int) (n / PoisonTarget.values().length % kinds.length)];
    }

    public static ProducerRecord<byte[], byte[]> record(String runId, long n) {
        String id = id(runId, n);
        PoisonTarget target = target(n);
        Poison.Kind kind = kind(n);
        byte[] value = switch (kind) {
            case NOT_A_CLOUD_EVENT -> ("\u0000\u0001 not a CloudEvent " + id).getBytes(StandardCharsets.UTF_8);
            case UNREADABLE_JSON -> ("{\"ticketId\": \"" + id + "\", \"tenantId\": ").getBytes(StandardCharsets.UTF_8);
            case MISSING_REQUIRED_FIELDS -> ("{\"note\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
        };
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(target.topic(), bytes(id), value);
        record.headers().add(ID_HEADER, bytes(id));
        if (kind != Poison.Kind.NOT_A_CLOUD_EVENT) {
            record.headers()
                    .add("ce_specversion", bytes("1.0"))
                    .add("ce_id", bytes(UUID.nameUUIDFromBytes(bytes(id)).toString()))
                    .add("ce_type", bytes(target.eventType()))
                    .add("ce_source", bytes("fault-test"))
                    .add("ce_subject", bytes(id))
                    .add("ce_time", bytes(Instant.now().toString()))
                    .add("ce_tenantid", bytes(TENANT))
                    .add("content-type", bytes("application/json"));
        }
        return record;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
