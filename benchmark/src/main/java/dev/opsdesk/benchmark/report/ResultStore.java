package dev.opsdesk.benchmark.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The results folder: each step writes {@code <step>.json} (run id, mode, times, the machine, its
 * result), so steps can run one by one and {@code report} assembles whatever is there.
 */
public final class ResultStore {

    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** When a step ran, and the machine's load average when it ended. */
    public record RunInfo(String runId, String mode, String startedAt, String finishedAt, String loadAverageAtEnd) {
    }

    private final Path dir;

    public ResultStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public void write(String step, RunInfo run, Object machine, Object result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("step", step);
        node.set("run", JSON.valueToTree(run));
        node.set("machine", JSON.valueToTree(machine));
        node.set("result", JSON.valueToTree(result));
        try {
            Files.createDirectories(dir);
            JSON.writeValue(dir.resolve(step + ".json").toFile(), node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(step + ".json"), e);
        }
    }

    public Optional<JsonNode> read(String step) {
        Path file = dir.resolve(step + ".json");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public <T> Optional<T> result(String step, Class<T> type) {
        return read(step).map(node -> convert(node.get("result"), type));
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a " + type.getSimpleName() + " result", e);
        }
    }

    /** Removes the step files (a new {@code all} run starts clean). */
    public void clear() {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))::iterator) {
                Files.delete(f);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing to clear
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
