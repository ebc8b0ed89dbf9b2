package dev.opsdesk.reporting.perf;

import dev.opsdesk.reporting.domain.BusinessCalendar;
import dev.opsdesk.reporting.domain.DayWindow;
import dev.opsdesk.reporting.service.DashboardQueries;
import dev.opsdesk.reporting.service.QaReports;
import dev.opsdesk.reporting.service.SlaReports;
import dev.opsdesk.reporting.service.WorkReports;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;

/**
 * Loads N work logs (default 10 million) with {@link ActivityGenerator} and measures the dashboard's
 * queries on them: p50/p95/p99/max over repeated runs, with HdrHistogram. Against the database of
 * {@code --jdbc-url} (migrated with the service's Flyway scripts first), or, without it, a throwaway
 * PostgreSQL on a free port. Run it with {@code reporting-service/perf/run} (README "Figures").
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        long activities = Long.parseLong(opts.getOrDefault("activities", "10000000"));
        int iterations = Integer.parseInt(opts.getOrDefault("iterations", "200"));
        String tenant = opts.getOrDefault("tenant", "perf-" + Long.toString(System.nanoTime(), 36));
        EmbeddedPostgres throwaway = null;
        String url = opts.get("jdbc-url");
        String user = opts.getOrDefault("user", "opsdesk");
        String password = opts.getOrDefault("password", "opsdesk");
        if (url == null) {
            throwaway = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB").setServerConfig("synchronous_commit", "off").start();
            url = "jdbc:postgresql://127.0.0.1:" + throwaway.getPort() + "/postgres";
            user = "postgres";
            password = "";
            System.out.println("throwaway PostgreSQL on port " + throwaway.getPort());
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (!opts.containsKey("skip-load")) {
                Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
            }
            Instant now = Instant.now();
            ActivityGenerator.Shape shape = ActivityGenerator.Shape.of(tenant, activities, now);
            if (!opts.containsKey("skip-load")) {
                long start = System.nanoTime();
                System.out.println("loading " + ActivityGenerator.describe(shape) + " for tenant " + tenant);
                ActivityGenerator.load(c, shape, step -> System.out.println("  " + step + " ("
                        + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s)"));
            }
            System.out.println(machine(c));
            measure(new SingleConnectionDataSource(c), tenant, now, iterations);
            System.out.println("load average after: " + loadAverage());
        } finally {
            if (throwaway != null) {
                throwaway.close();
            }
        }
    }

    private static void measure(javax.sql.DataSource ds, String tenant, Instant now, int iterations) {
        BusinessCalendar utc = new BusinessCalendar(ZoneOffset.UTC, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0));
        DashboardQueries dashboard = new DashboardQueries(ds);
        WorkReports work = new WorkReports(ds);
        SlaReports sla = new SlaReports(ds);
        QaReports qa = new QaReports(ds);
        DayWindow week = DayWindow.parse(null, null, utc, now);
        DayWindow today = DayWindow.parse(week.to().toString(), null, utc, now);
        SlaReports.PendingUpdateRule rule = new SlaReports.PendingUpdateRule(Duration.ofDays(2), Set.of("WET_TICKET"));
        Map<String, Runnable> queries = new LinkedHashMap<>();
        queries.put("queues and their age", () -> dashboard.queues(tenant));
        queries.put("latest tickets", () -> dashboard.latestTickets(tenant, 10));
        queries.put("tickets created today", () -> dashboard.createdSince(tenant, today.start()));
        queries.put("spike alerts (24 h)", () -> dashboard.alerts(tenant, now.minus(Duration.ofDays(1)), now));
        queries.put("AHT vs standard, 7 days", () -> work.aht(tenant, week, null));
        queries.put("productivity today", () -> dashboard.productivityOn(tenant, week.to()));
        queries.put("SLA today (breaches, at risk, R76)", () -> sla.sla(tenant, today, now, Duration.ofHours(1), rule));
        queries.put("QA 7 days (agent, team)", () -> qa.qa(tenant, week, false));
        queries.put("AHT of one agent, 30 days", () -> work.aht(tenant,
                DayWindow.parse(week.to().minusDays(29).toString(), null, utc, now), "agent-7"));
        queries.put("productivity, 30 days", () -> work.productivity(tenant,
                DayWindow.parse(week.to().minusDays(29).toString(), null, utc, now), null));
        Histogram snapshot = new Histogram(60_000_000_000L, 3);
        Map<String, Histogram> each = new LinkedHashMap<>();
        queries.keySet().forEach(k -> each.put(k, new Histogram(60_000_000_000L, 3)));
        for (int i = -20; i < iterations; i++) { // 20 warm-up rounds are not recorded
            long all = 0;
            for (Map.Entry<String, Runnable> q : queries.entrySet()) {
                long t0 = System.nanoTime();
                q.getValue().run();
                long took = System.nanoTime() - t0;
                if (i >= 0) {
                    each.get(q.getKey()).recordValue(took);
                }
                all += q.getKey().contains("30 days") ? 0 : took;
            }
            if (i >= 0) {
                snapshot.recordValue(all);
            }
        }
        System.out.printf("%n%-38s %8s %8s %8s %8s   (ms, %d runs)%n", "query", "p50", "p95", "p99", "max", iterations);
        each.forEach((name, h) -> print(name, h));
        print("whole dashboard snapshot (first 8)", snapshot);
    }

    private static String machine(Connection c) throws Exception {
        String cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", ""))
                .orElse("?");
        try (var st = c.createStatement(); var rs = st.executeQuery("select version()")) {
            rs.next();
            return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB heap; " + rs.getString(1).split(" on ")[0]
                    + "; load average before: " + loadAverage();
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void print(String name, Histogram h) {
        System.out.printf("%-38s %8.2f %8.2f %8.2f %8.2f%n", name, h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(95) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            opts.put(name, flag ? "true" : args[++i]);
        }
        return opts;
    }
}
