package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.env.LocalStack;
import dev.opsdesk.benchmark.load.Histograms;
import dev.opsdesk.benchmark.load.LatencySummary;
import dev.opsdesk.benchmark.load.OpenLoopRunner;
import dev.opsdesk.benchmark.load.StepResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Dashboard latency, client side: optionally runs the reporting-service's data generator first
 * (a command given by flag), then calls each dashboard URL at a constant rate and/or runs each SQL
 * statement of a file a number of times, and reports each one's p95.
 */
public final class DashboardBenchmark {

    private final LocalStack stack;
    private final Consumer<String> progress;

    public DashboardBenchmark(LocalStack stack, Consumer<String> progress) {
        this.stack = stack;
        this.progress = progress;
    }

    /** Runs {@code bash -c command} in the repository, its output passed through; never throws. */
    public GeneratorRun generate(String command, Duration timeout) {
        progress.accept("dashboard: generator `" + command + "` (up to " + timeout.toMinutes() + " min)");
        long t0 = System.nanoTime();
        try {
            Process process = new ProcessBuilder("bash", "-c", command).directory(stack.repo().toFile())
                    .inheritIO().start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                Stream.concat(process.descendants(), Stream.of(process.toHandle())).forEach(ProcessHandle::destroy);
                return new GeneratorRun(command, null, seconds(t0), "stopped after the timeout of " + timeout);
            }
            int exit = process.exitValue();
            return new GeneratorRun(command, exit, seconds(t0), exit == 0 ? "ok" : "failed");
        } catch (java.io.IOException e) {
            return new GeneratorRun(command, null, seconds(t0), "could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GeneratorRun(command, null, seconds(t0), "interrupted");
        }
    }

    public List<QueryResult> http(OpenLoopRunner runner, HttpClient client, List<URI> urls, String token,
                                  double ratePerUrl, Duration duration) throws InterruptedException {
        List<QueryResult> results = new ArrayList<>();
        for (URI url : urls) {
            progress.accept(String.format("dashboard: GET %s at %.1f/s for %d s", url, ratePerUrl, duration.toSeconds()));
            StepResult step = runner.run(ratePerUrl, duration, new HttpGets(client, url, token, Duration.ofSeconds(30)));
            results.add(new QueryResult("http", url.toString(), step.sent(), step.failures(), step.latency(), null,
                    step.errorSamples()));
        }
        return results;
    }

    public List<QueryResult> sql(PgConnection pg, String database, List<SqlFile.Query> queries, int warmUps, int runs)
            throws SQLException {
        List<QueryResult> results = new ArrayList<>();
        try (Connection c = pg.open(database)) {
            c.setReadOnly(true);
            for (SqlFile.Query query : queries) {
                progress.accept("dashboard: SQL " + query.name() + " × " + runs);
                results.add(time(c, query, warmUps, runs));
            }
        }
        return results;
    }

    private static QueryResult time(Connection c, SqlFile.Query query, int warmUps, int runs) {
        Histogram latency = Histograms.concurrent();
        long errors = 0;
        long rows = 0;
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < warmUps + runs; i++) {
            long start = System.nanoTime();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query.sql())) {
                long n = 0;
                while (rs.next()) {
                    n++;
                }
                if (i >= warmUps) {
                    Histograms.recordNanos(latency, System.nanoTime() - start);
                    rows = n;
                }
            } catch (SQLException e) {
                errors += i >= warmUps ? 1 : 0;
                if (samples.size() < 3) {
                    samples.add(e.getMessage());
                }
            }
        }
        return new QueryResult("sql", query.name(), runs, errors, LatencySummary.ofMicros(latency), rows, samples);
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
    }
}
