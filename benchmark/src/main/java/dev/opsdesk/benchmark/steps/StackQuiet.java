package dev.opsdesk.benchmark.steps;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits after an intake step until the services have worked off what it caused: every outbox
 * published and no consumer group lagging. Without it a step that overloaded routing or the read
 * models left minutes of catch-up work competing for the CPU with the next steps, which then failed
 * at any rate (the 2026-12-02 full run: after a 100/s step, even 2/s had a p99 of 130 ms).
 */
public final class StackQuiet {

    private static final List<String> OUTBOX_DATABASES = List.of("ticket", "routing", "qa");

    private final PgConnection pg;
    private final String kafkaBootstrap;

    public StackQuiet(PgConnection pg, String kafkaBootstrap) {
        this.pg = pg;
        this.kafkaBootstrap = kafkaBootstrap;
    }

    /** Seconds until the stack was quiet, or null when it was not within the timeout (or could not be read). */
    public Double await(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000"))) {
            while (System.nanoTime() < deadline) {
                Long pending = pending(admin);
                if (pending == null) {
                    return null;
                }
                if (pending == 0) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(1000); // polling a live stack between steps, not a test
            }
        }
        return null;
    }

    /** Unpublished outbox rows plus consumer lag over every group, or null when either cannot be read. */
    private Long pending(Admin admin) throws InterruptedException {
        try {
            return unpublished() + lag(admin);
        } catch (SQLException | ExecutionException | TimeoutException | RuntimeException e) {
            return null;
        }
    }

    private long unpublished() throws SQLException {
        long sum = 0;
        for (String database : OUTBOX_DATABASES) {
            try (Connection c = pg.open(database); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from outbox_event where published_at is null")) {
                rs.next();
                sum += rs.getLong(1);
            }
        }
        return sum;
    }

    private static long lag(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        long sum = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(15, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
            for (var e : admin.listOffsets(latest).all().get(15, TimeUnit.SECONDS).entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                sum += Math.max(0, e.getValue().offset() - (c == null ? 0 : c.offset()));
            }
        }
        return sum;
    }
}
