package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.env.CpuSampler;
import dev.opsdesk.benchmark.env.LocalStack;
import dev.opsdesk.benchmark.load.Histograms;
import dev.opsdesk.benchmark.load.LatencySummary;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * B_kp: one Kafka producer as the outbox relay configures it (acks=all, idempotence) sending 1 KB
 * records keyed like tickets as fast as the broker acknowledges them, to a scratch topic with the
 * partition count of {@code ticket-events}, deleted afterwards.
 */
public final class KafkaBaseline {

    private final String bootstrap;
    private final int recordBytes;
    private final Map<String, String> producerOverrides;
    private final LocalStack stack;

    public KafkaBaseline(String bootstrap, int recordBytes, Map<String, String> producerOverrides, LocalStack stack) {
        this.bootstrap = bootstrap;
        this.recordBytes = recordBytes;
        this.producerOverrides = producerOverrides;
        this.stack = stack;
    }

    public BaselineResult run(Duration warmUp, Duration duration) throws Exception {
        String topic = "benchmark-scratch-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig())) {
                send(producer, topic, warmUp, Histograms.concurrent(), new LongAdder(), new LongAdder());
                Histogram latency = Histograms.concurrent();
                LongAdder acked = new LongAdder();
                LongAdder errors = new LongAdder();
                CpuSampler cpu = CpuSampler.start(stack);
                long t0 = System.nanoTime();
                send(producer, topic, duration, latency, acked, errors);
                double seconds = (System.nanoTime() - t0) / 1e9;
                Map<String, String> settings = new LinkedHashMap<>();
                producerConfig().forEach((k, v) -> {
                    if (!k.toString().endsWith("serializer")) {
                        settings.put(k.toString(), v.toString());
                    }
                });
                settings.put("record size", recordBytes + " bytes");
                settings.put("topic", topic + " (3 partitions, deleted afterwards)");
                return new BaselineResult("B_kp", "records/s acknowledged (acks=all, idempotent), "
                        + recordBytes + "-byte values", Math.round(acked.sum() / seconds * 10) / 10.0, acked.sum(),
                        Math.round(seconds * 10) / 10.0, errors.sum(), LatencySummary.ofMicros(latency), settings,
                        cpu.coresSinceStart());
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Sends for {@code duration}; send() blocks when the producer's buffer is full, which paces the loop. */
    private void send(KafkaProducer<String, byte[]> producer, String topic, Duration duration, Histogram latency,
                      LongAdder acked, LongAdder errors) throws InterruptedException, ExecutionException, TimeoutException {
        byte[] value = new byte[recordBytes];
        new Random(42).nextBytes(value);
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), value), (metadata, failure) -> {
                if (failure == null) {
                    acked.increment();
                    Histograms.recordNanos(latency, System.nanoTime() - start);
                } else {
                    errors.increment();
                }
            });
        }
        producer.flush();
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.putAll(producerOverrides);
        return p;
    }
}
