package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.env.CpuSampler;
import dev.opsdesk.benchmark.env.LocalStack;
import dev.opsdesk.benchmark.load.Histograms;
import dev.opsdesk.benchmark.load.LatencySummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * B_pg: PostgreSQL alone doing what one intake commit must at least do — one ticket row and one
 * outbox row per transaction — with as many threads as the service has pooled connections, each
 * committing as fast as it can. Works in its own schema of the {@code ticket} database (same
 * cluster, same WAL, same fsync as the service) and drops it afterwards; no table of a service is
 * touched.
 */
public final class PgBaseline {

    static final String SCHEMA = "benchmark_scratch";
    private static final String PAYLOAD = "{\"ticketId\":\"%s\",\"tenantId\":\"crazysales\",\"channel\":\"EMAIL\","
            + "\"subject\":\"benchmark baseline\",\"status\":\"NEW\",\"statusCode\":\"NEW\","
            + "\"requester\":{\"email\":\"baseline@example.com\"},\"customerId\":\"%s\",\"createdAt\":\"%s\"}";

    private final PgConnection pg;
    private final String database;
    private final int threads;
    private final LocalStack stack;

    public PgBaseline(PgConnection pg, String database, int threads, LocalStack stack) {
        this.pg = pg;
        this.database = database;
        this.threads = threads;
        this.stack = stack;
    }

    public BaselineResult run(Duration warmUp, Duration duration) throws SQLException, InterruptedException {
        createScratchTables();
        try {
            measure(warmUp, Histograms.concurrent(), new LongAdder(), new LongAdder());
            Histogram latency = Histograms.concurrent();
            LongAdder commits = new LongAdder();
            LongAdder errors = new LongAdder();
            CpuSampler cpu = CpuSampler.start(stack);
            long t0 = System.nanoTime();
            measure(duration, latency, commits, errors);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("threads (= ticket-service pool size)", Integer.toString(threads));
            settings.put("database", pg.url(database) + ", schema " + SCHEMA);
            settings.put("server", serverSettings());
            return new BaselineResult("B_pg", "commits/s, each inserting 1 ticket row + 1 outbox row",
                    Math.round(commits.sum() / seconds * 10) / 10.0, commits.sum(), Math.round(seconds * 10) / 10.0,
                    errors.sum(), LatencySummary.ofMicros(latency), settings, cpu.coresSinceStart());
        } finally {
            dropScratchTables();
        }
    }

    private void measure(Duration duration, Histogram latency, LongAdder commits, LongAdder errors)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> commitLoop(running, latency, commits, errors), "pg-baseline-" + i);
            worker.start();
            workers.add(worker);
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void commitLoop(AtomicBoolean running, Histogram latency, LongAdder commits, LongAdder errors) {
        try (Connection c = pg.open(database);
             PreparedStatement ticket = c.prepareStatement("insert into " + SCHEMA + ".ticket"
                     + " (id, tenant_id, channel, subject, requester_email, status, created_at)"
                     + " values (?, 'crazysales', 'EMAIL', 'benchmark baseline', 'baseline@example.com', 'NEW', ?)");
             PreparedStatement outbox = c.prepareStatement("insert into " + SCHEMA + ".outbox_event"
                     + " (event_id, event_type, aggregate_id, tenant_id, payload, occurred_at)"
                     + " values (?, 'ticket.created', ?, 'crazysales', ?::jsonb, ?)")) {
            c.setAutoCommit(false);
            while (running.get()) {
                long start = System.nanoTime();
                UUID id = UUID.randomUUID();
                Instant now = Instant.now();
                try {
                    ticket.setObject(1, id);
                    ticket.setTimestamp(2, Timestamp.from(now));
                    ticket.executeUpdate();
                    outbox.setObject(1, UUID.randomUUID());
                    outbox.setObject(2, id);
                    outbox.setString(3, PAYLOAD.formatted(id, UUID.randomUUID(), now));
                    outbox.setTimestamp(4, Timestamp.from(now));
                    outbox.executeUpdate();
                    c.commit();
                    commits.increment();
                    Histograms.recordNanos(latency, System.nanoTime() - start);
                } catch (SQLException e) {
                    errors.increment();
                    c.rollback();
                }
            }
        } catch (SQLException e) {
            errors.increment();
        }
    }

    private void createScratchTables() throws SQLException {
        try (Connection c = pg.open(database); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
            // The shape of ticket-service's V1 tables (with their indexes), which intake writes.
            s.execute("create table " + SCHEMA + ".ticket (id uuid primary key, tenant_id text not null,"
                    + " channel text not null, subject text not null, requester_email text not null,"
                    + " status text not null, created_at timestamptz not null)");
            s.execute("create index on " + SCHEMA + ".ticket (tenant_id, created_at desc)");
            s.execute("create table " + SCHEMA + ".outbox_event (position bigint generated always as identity"
                    + " primary key, event_id uuid not null unique, event_type text not null, aggregate_id uuid"
                    + " not null, tenant_id text not null, payload jsonb not null, occurred_at timestamptz not null,"
                    + " published_at timestamptz, attempts integer not null default 0, last_error text)");
            s.execute("create index on " + SCHEMA + ".outbox_event (position) where published_at is null");
        }
    }

    private void dropScratchTables() throws SQLException {
        try (Connection c = pg.open(database); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private String serverSettings() {
        try (Connection c = pg.open(database); Statement s = c.createStatement();
             var rs = s.executeQuery("select current_setting('server_version'), current_setting('synchronous_commit'),"
                     + " current_setting('fsync'), current_setting('shared_buffers'), current_setting('max_connections')")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1) + ", synchronous_commit=" + rs.getString(2) + ", fsync="
                    + rs.getString(3) + ", shared_buffers=" + rs.getString(4) + ", max_connections=" + rs.getString(5);
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
