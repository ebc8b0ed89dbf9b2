package dev.opsdesk.routing.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads routing-events from where the topic ends when the probe is opened, so a test sees only what
 * happened after it started. Every record it returns has been checked against its event schema.
 */
public final class RoutingEventsProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A routing event: its CloudEvent type, key and data. */
    public record Event(String type, String key, JsonNode data, ConsumerRecord<String, String> record) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    private RoutingEventsProbe() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props);
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(10));
        List<TopicPartition> partitions = topics.getOrDefault("routing-events", List.of()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.isEmpty()) {
            // not created yet: everything will be new; partitions appear with the first event
            partitions = List.of(new TopicPartition("routing-events", 0), new TopicPartition("routing-events", 1),
                    new TopicPartition("routing-events", 2));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        } else {
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // fix the start now, not at the first poll
        }
    }

    public static RoutingEventsProbe open() {
        return new RoutingEventsProbe();
    }

    /** Waits until {@code count} events match (counting those already seen), then returns all matching ones. */
    public List<Event> await(Predicate<Event> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Event> matching = seen.stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + matching.size() + " of " + count + " matching routing events within "
                        + timeout + "; seen " + seen.stream().map(e -> e.type() + " " + e.data()).toList());
            }
            poll();
        }
    }

    public Event awaitOne(Predicate<Event> match) {
        return await(match, 1, Duration.ofSeconds(60)).get(0);
    }

    /** Everything seen so far plus what arrives within {@code quiet} (to assert that something did not happen). */
    public List<Event> drain(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
        }
        return List.copyOf(seen);
    }

    private void poll() {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
            String type = TestKafka.header(r, "ce_type").orElse("?");
            assertEquals(List.of(), EventContracts.violations(type, r.value()), type + " breaks its contract: " + r.value());
            try {
                seen.add(new Event(type, r.key(), JSON.readTree(r.value()), r));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Predicate<Event> of(String type, String tenant) {
        return e -> e.type().equals(type) && tenant.equals(e.data().path("tenantId").asText());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
