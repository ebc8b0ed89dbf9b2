package dev.opsdesk.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds a CloudEvent in Kafka binary mode, as the producing services emit it. */
public final class CloudEventRecord {

    private final String topic;
    private String id = UUID.randomUUID().toString();
    private String source = "ticket-service";
    private String type;
    private String subject;
    private String key;
    private String tenant;
    private String data = "{}";

    private CloudEventRecord(String topic) {
        this.topic = topic;
    }

    public static CloudEventRecord to(String topic) {
        return new CloudEventRecord(topic);
    }

    public CloudEventRecord id(String value) {
        id = value;
        return this;
    }

    public CloudEventRecord source(String value) {
        source = value;
        return this;
    }

    public CloudEventRecord type(String value) {
        type = value;
        return this;
    }

    /** Subject and record key (the aggregate id). */
    public CloudEventRecord subject(String value) {
        subject = value;
        return this;
    }

    /** Overrides the record key (default: the subject), e.g. to put records on one partition. */
    public CloudEventRecord key(String value) {
        key = value;
        return this;
    }

    public CloudEventRecord tenant(String value) {
        tenant = value;
        return this;
    }

    public CloudEventRecord data(String json) {
        data = json;
        return this;
    }

    public ProducerRecord<String, String> build() {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key != null ? key : subject, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_source", source);
        header(record, "ce_type", type);
        header(record, "ce_subject", subject);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_tenantid", tenant);
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
