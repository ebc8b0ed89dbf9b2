package dev.opsdesk.ticket.messaging.out;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Sends one outbox row as a CloudEvent in Kafka binary mode ({@code ce_*} headers, JSON data),
 * keyed by the aggregate id. The returned future completes when the broker acknowledged it.
 */
@ApplicationScoped
public class CloudEventPublisher {

    static final URI SOURCE = URI.create("ticket-service");
    static final String TENANT_EXTENSION = "tenantid";

    private final Emitter<String> emitter;

    CloudEventPublisher(@Channel("ticket-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                        Emitter<String> emitter) {
        this.emitter = emitter;
    }

    static URI dataSchema(String eventType) {
        return URI.create("urn:opsdesk:event:" + eventType + ":v1");
    }

    CompletableFuture<Void> publish(OutboxEvent row) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(row.eventId.toString())
                .withSource(SOURCE)
                .withType(row.eventType)
                .withSubject(row.aggregateId.toString())
                .withTimestamp(row.occurredAt.atZone(ZoneOffset.UTC))
                .withDataSchema(dataSchema(row.eventType))
                .withDataContentType("application/json")
                .withExtension(TENANT_EXTENSION, row.tenantId)
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.aggregateId.toString())
                .build();
        Message<String> message = Message.of(row.payload, Metadata.of(cloudEvent, record),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return acknowledged;
    }
}
