package dev.opsdesk.benchmark.steps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code ticket-events} directly (all partitions assigned, no consumer group, from the end as
 * of the start) and tells the tracker about this run's {@code ticket.created} (recognised by the
 * subject marker) and every {@code ticket.assigned}, stamped when the poll returned them.
 */
final class TicketEventsReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final TicketEventMatcher matcher;
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    TicketEventsReader(String bootstrap, String topic, String subjectMarker, AssignmentTracker tracker) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"));
        this.topic = topic;
        this.matcher = new TicketEventMatcher(subjectMarker, tracker);
        this.thread = new Thread(this::run, "ticket-events-reader");
        this.thread.setDaemon(true);
    }

    /** Starts reading and returns once the consumer sits at the end of every partition. */
    void start(Duration timeout) throws InterruptedException {
        thread.start();
        if (!positioned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("could not position a consumer on " + topic + " within " + timeout);
        }
    }

    private void run() {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolves the lazy seek now, before any ticket is posted
        positioned.countDown();
        while (running) {
            var records = consumer.poll(Duration.ofMillis(50));
            long received = System.nanoTime();
            for (ConsumerRecord<String, String> record : records) {
                matcher.accept(header(record, "ce_type"), record.value(), received);
            }
        }
        consumer.close(Duration.ofSeconds(5));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
