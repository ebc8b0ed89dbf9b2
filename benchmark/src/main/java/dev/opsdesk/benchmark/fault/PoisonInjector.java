package dev.opsdesk.benchmark.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends poison records with a raw producer, on a thread of its own: while the broker is down a
 * send may block, and the load must not wait for it. Only records the broker acknowledged count as
 * injected; the producer keeps retrying through a broker outage (delivery timeout 5 minutes).
 */
public final class PoisonInjector implements AutoCloseable {

    private final String runId;
    private final KafkaProducer<byte[], byte[]> producer;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "poison-injector");
        t.setDaemon(true);
        return t;
    });
    private final Queue<Poison> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> failed = new ConcurrentLinkedQueue<>();

    public PoisonInjector(String bootstrap, String runId) {
        this.runId = runId;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "0",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "300000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "300000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    /** Sends the n-th poison record of the run (asynchronously). */
    public void inject(long n) {
        sender.execute(() -> {
            ProducerRecord<byte[], byte[]> record = PoisonRecords.record(runId, n);
            String id = PoisonRecords.id(runId, n);
            try {
                producer.send(record, (metadata, e) -> {
                    if (e == null) {
                        acknowledged.add(new Poison(id, record.topic(), PoisonRecords.kind(n), metadata.partition(),
                                metadata.offset()));
                    } else {
                        failed.add(id + ": " + e);
                    }
                });
            } catch (RuntimeException e) {
                failed.add(id + ": " + e);
            }
        });
    }

    /** Waits until every record was sent and answered; the acknowledged ones. */
    public List<Poison> finish() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.MINUTES);
        producer.flush();
        return new ArrayList<>(acknowledged);
    }

    public List<String> failures() {
        return new ArrayList<>(failed);
    }

    @Override
    public void close() {
        sender.shutdownNow();
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
