package dev.opsdesk.reporting.messaging.in;

import dev.opsdesk.reporting.service.ReadModelWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the three topics from the beginning up to their end at the start of the replay, outside any
 * consumer group (the live consumers keep running), and applies one tenant's events through the
 * same {@link ReadModelWriter}. Poison records are skipped: the live consumer dead-lettered them.
 */
@ApplicationScoped
public class TopicReplay {

    private static final Logger LOG = Logger.getLogger(TopicReplay.class);

    private final CloudEventDecoder decoder;
    private final EventReader reader;
    private final ReadModelWriter writer;
    private final String bootstrapServers;
    private final List<String> topics;

    TopicReplay(CloudEventDecoder decoder, EventReader reader, ReadModelWriter writer,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                @ConfigProperty(name = "mp.messaging.incoming.ticket-events.topic") String ticketTopic,
                @ConfigProperty(name = "mp.messaging.incoming.routing-events.topic") String routingTopic,
                @ConfigProperty(name = "mp.messaging.incoming.qa-events.topic") String qaTopic) {
        this.decoder = decoder;
        this.reader = reader;
        this.writer = writer;
        this.bootstrapServers = bootstrapServers;
        this.topics = List.of(ticketTopic, routingTopic, qaTopic);
    }

    /** Applies every event of {@code tenantId}; reports progress every 500 applied events. Returns the count. */
    public long replay(String tenantId, LongConsumer progress) {
        long applied = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (applyIfOfTenant(record, tenantId)) {
                        applied++;
                        if (applied % 500 == 0) {
                            progress.accept(applied);
                        }
                    }
                }
            }
        }
        return applied;
    }

    private boolean applyIfOfTenant(ConsumerRecord<String, String> record, String tenantId) {
        Header header = record.headers().lastHeader("ce_tenantid");
        if (header != null && !tenantId.equals(new String(header.value(), StandardCharsets.UTF_8))) {
            return false;
        }
        try {
            IncomingEvent event = decoder.decode(record);
            Optional<EventData> data = reader.read(event);
            return data.isPresent() && tenantId.equals(data.get().tenantId()) && writer.apply(event, data.get());
        } catch (PoisonEventException e) {
            LOG.debugf("replay skips poison %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return false;
        }
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        return props;
    }
}
