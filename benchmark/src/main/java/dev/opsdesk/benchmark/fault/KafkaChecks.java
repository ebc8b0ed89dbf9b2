package dev.opsdesk.benchmark.fault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What the fault test reads back from Kafka: dead letters, the run's ticket events, consumer lag. */
final class KafkaChecks {

    /** Consumer groups and the topics they read (reporting's group name from its application.properties). */
    static final Map<String, List<String>> GROUPS = Map.of(
            "routing-service", List.of("ticket-events"),
            "qa-service", List.of("ticket-events"),
            "reporting-service-v2", List.of("ticket-events", "routing-events", "qa-events"),
            "ticket-service", List.of("routing-events"));

    private final String bootstrap;
    private final TopicReader reader;

    KafkaChecks(String bootstrap) {
        this.bootstrap = bootstrap;
        this.reader = new TopicReader(bootstrap);
    }

    Map<Integer, Long> endOffsets(String topic) {
        return reader.endOffsets(topic);
    }

    /**
     * Per dead-letter topic: the run's poison ids found in it (a repeated id appears twice) and the
     * event ids of the run's own tenant found in it (good records that must not be there).
     */
    DeadLetterFindings deadLetters(List<Poison> poison, String runTenant) {
        DeadLetterMatch match = new DeadLetterMatch(poison);
        Map<String, List<String>> poisonFound = new TreeMap<>();
        Map<String, List<String>> goodFound = new TreeMap<>();
        for (PoisonTarget target : PoisonTarget.values()) {
            for (String consumer : target.consumers()) {
                String dlq = target.deadLetterTopic(consumer);
                List<String> ids = new ArrayList<>();
                List<String> good = new ArrayList<>();
                reader.read(dlq, Map.of(), r -> {
                    String id = match.poisonId(TopicReader.header(r, "dead-letter-topic"),
                            TopicReader.header(r, "dead-letter-partition"), TopicReader.header(r, "dead-letter-offset"),
                            TopicReader.header(r, PoisonRecords.ID_HEADER), TopicReader.key(r));
                    if (id != null) {
                        ids.add(id);
                    } else if (runTenant.equals(TopicReader.header(r, "ce_tenantid"))) {
                        good.add(TopicReader.header(r, "ce_id"));
                    }
                });
                poisonFound.put(dlq, ids);
                goodFound.put(dlq, good);
            }
        }
        return new DeadLetterFindings(poisonFound, goodFound);
    }

    record DeadLetterFindings(Map<String, List<String>> poison, Map<String, List<String>> goodRecords) {
    }

    /**
     * The run's tenant's records on a topic since the given offsets: per event type, per ticket
     * (ce_subject), the distinct event ids, and how many records repeated an event id (at-least-once
     * re-sends after a crash, harmless to idempotent consumers).
     */
    EventCensus census(String topic, Map<Integer, Long> from, String runTenant) {
        Map<String, Map<String, Set<String>>> idsByTypeAndTicket = new TreeMap<>();
        Map<String, Long> records = new HashMap<>();
        reader.read(topic, from, r -> {
            if (!runTenant.equals(TopicReader.header(r, "ce_tenantid"))) {
                return;
            }
            String type = String.valueOf(TopicReader.header(r, "ce_type"));
            String ticket = String.valueOf(TopicReader.header(r, "ce_subject"));
            idsByTypeAndTicket.computeIfAbsent(type, t -> new HashMap<>())
                    .computeIfAbsent(ticket, t -> new java.util.HashSet<>()).add(TopicReader.header(r, "ce_id"));
            records.merge(type, 1L, Long::sum);
        });
        Map<String, EventCensus.TypeCount> types = new TreeMap<>();
        idsByTypeAndTicket.forEach((type, byTicket) -> {
            long distinct = byTicket.values().stream().mapToLong(Set::size).sum();
            List<String> twice = byTicket.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .map(Map.Entry::getKey).sorted().toList();
            types.put(type, new EventCensus.TypeCount(records.get(type), distinct, byTicket.size(), twice));
        });
        return new EventCensus(topic, types);
    }

    /** Lag per consumer group: end offset minus committed offset, summed over its topics' partitions. */
    Map<String, Long> lag() throws InterruptedException {
        Map<String, Long> lag = new LinkedHashMap<>();
        // the admin client refuses a default.api.timeout.ms below its request.timeout.ms: set both
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000"))) {
            for (Map.Entry<String, List<String>> group : new TreeMap<>(GROUPS).entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (String topic : group.getValue()) {
                    reader.endOffsets(topic).keySet().forEach(p -> latest.put(new TopicPartition(topic, p), OffsetSpec.latest()));
                }
                long sum = 0;
                for (var e : admin.listOffsets(latest).all().get(15, TimeUnit.SECONDS).entrySet()) {
                    OffsetAndMetadata c = committed.get(e.getKey());
                    sum += e.getValue().offset() - (c == null ? 0 : c.offset());
                }
                lag.put(group.getKey(), sum);
            }
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new IllegalStateException("cannot read consumer lag: " + e.getMessage(), e);
        }
        return lag;
    }
}
