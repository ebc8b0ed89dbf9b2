package dev.opsdesk.testing.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a fuzz run answered: counts by endpoint × answer code and by case kind × answer code, every
 * failure (5xx, timeout, dropped connection, a refused request that wrote) with the case that caused
 * it, and which tables accepted cases wrote. Written as JSON and as a Markdown table.
 */
public final class FuzzReport {

    /** A case that broke a promise: {@code what} is 5xx, timeout, connection or partial-write. */
    public record Failure(String what, String endpoint, String kind, long seed, int index, int status,
                          String path, String detail, String body, String reproduce) {
    }

    private static final int KEPT_FAILURES = 200;

    private final String service;
    private final FuzzSettings settings;
    private final Map<String, Map<Integer, Integer>> byEndpoint = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
    private final Map<Integer, Integer> total = new TreeMap<>();
    private final Map<String, Integer> writtenByAccepted = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Integer> failureCounts = new TreeMap<>();
    private final List<Integer> retried = new ArrayList<>();
    private List<String> watchedTables = List.of();
    private long millis;
    private int cases;

    FuzzReport(String service, FuzzSettings settings) {
        this.service = service;
        this.settings = settings;
    }

    /** A case's answer; status 0 when there was none (timeout, dropped connection). */
    void count(FuzzCase c, int status) {
        cases++;
        byEndpoint.computeIfAbsent(c.endpoint(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        byKind.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        total.merge(status, 1, Integer::sum);
    }

    void fail(String what, FuzzCase c, int status, String detail) {
        failureCounts.merge(what, 1, Integer::sum);
        if (failures.size() < KEPT_FAILURES) {
            failures.add(new Failure(what, c.endpoint(), c.kind(), c.seed(), c.index(), status,
                    c.path().length() > 300 ? c.path().substring(0, 300) + "…" : c.path(), detail, c.excerpt(),
                    c.reproduce()));
        }
    }

    /** A case whose first attempt found its connection closed, and whose second one was answered. */
    void retried(FuzzCase c) {
        retried.add(c.index());
    }

    void accepted(List<String> tables) {
        tables.forEach(t -> writtenByAccepted.merge(t, 1, Integer::sum));
    }

    void finish(long millis, List<String> watchedTables) {
        this.millis = millis;
        this.watchedTables = watchedTables;
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public int failureCount() {
        return failureCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<Integer, Integer> total() {
        return Map.copyOf(total);
    }

    public int cases() {
        return cases;
    }

    public long fiveHundreds() {
        return total.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
    }

    /** Writes {@code fuzz-report.json} and {@code fuzz-report.md} into {@code folder} (e.g. target/). */
    public void write(Path folder) {
        try {
            Files.createDirectories(folder);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("service", service);
            json.put("seed", settings.seed());
            json.put("cases", cases);
            json.put("millis", millis);
            json.put("byAnswerCode", total);
            json.put("fiveHundreds", fiveHundreds());
            json.put("failureCounts", failureCounts);
            json.put("answeredOnTheSecondAttempt", retried);
            json.put("byEndpoint", byEndpoint);
            json.put("byKind", byKind);
            json.put("tablesWrittenByAcceptedCases", writtenByAccepted);
            json.put("watchedTables", watchedTables);
            json.put("failures", failures);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("fuzz-report.json").toFile(), json);
            Files.writeString(folder.resolve("fuzz-report.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(service).append(": ").append(cases).append(" cases, seed ").append(settings.seed())
                .append(", ").append(String.format("%.1f", millis / 1000.0)).append(" s\n\n");
        md.append(table("endpoint", byEndpoint));
        md.append("\nBy case kind:\n\n").append(table("kind", byKind));
        md.append("\nFailures: ").append(failureCounts.isEmpty() ? "none" : failureCounts)
                .append("; answered on a second connection: ").append(retried.isEmpty() ? "none" : retried).append('\n');
        md.append("\nTables written by accepted (2xx) cases: ").append(writtenByAccepted.isEmpty() ? "none" : writtenByAccepted)
                .append("; every refused case was checked against ").append(watchedTables.size()).append(" tables.\n");
        return md.toString();
    }

    private String table(String first, Map<String, Map<Integer, Integer>> rows) {
        TreeSet<Integer> codes = new TreeSet<>(total.keySet());
        StringBuilder md = new StringBuilder("| ").append(first).append(" |");
        codes.forEach(code -> md.append(' ').append(code == 0 ? "no answer" : code).append(" |"));
        md.append(" total |\n|---|");
        codes.forEach(code -> md.append("---:|"));
        md.append("---:|\n");
        rows.forEach((name, counts) -> {
            md.append("| `").append(name).append("` |");
            codes.forEach(code -> md.append(' ').append(counts.getOrDefault(code, 0)).append(" |"));
            md.append(' ').append(counts.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n");
        });
        md.append("| **total** |");
        codes.forEach(code -> md.append(" **").append(total.get(code)).append("** |"));
        md.append(" **").append(cases).append("** |\n");
        return md.toString();
    }
}
