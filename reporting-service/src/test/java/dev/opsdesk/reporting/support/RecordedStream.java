package dev.opsdesk.reporting.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.EventContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The recorded event stream {@code fixtures/recorded-stream.ndjson}: one CloudEvent per line (topic,
 * key, id, type, source, subject, data). Loading it for a tenant replaces {@code {{tenant}}} and maps
 * every UUID to one derived from the tenant, so each test gets its own ids and the figures stay the
 * same.
 */
public final class RecordedStream {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public record Event(String topic, String key, String id, String type, String source, String subject, String data) {
        public ProducerRecord<String, String> record(String tenant) {
            return CloudEventRecord.to(topic).id(id).type(type).source(source).subject(subject).key(key)
                    .tenant(tenant).data(data).build();
        }
    }

    private RecordedStream() {
    }

    public static List<Event> load(String tenant) {
        return load("fixtures/recorded-stream.ndjson", tenant);
    }

    public static List<Event> load(String resource, String tenant) {
        List<Event> events = new ArrayList<>();
        for (String line : lines(resource)) {
            String personal = mapIds(line.replace("{{tenant}}", tenant), tenant);
            try {
                JsonNode node = JSON.readTree(personal);
                events.add(new Event(node.get("topic").asText(), node.get("key").asText(), node.get("id").asText(),
                        node.get("type").asText(), node.get("source").asText(), node.get("subject").asText(),
                        JSON.writeValueAsString(node.get("data"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return events;
    }

    /** The UUID the fixture's {@code original} becomes for {@code tenant}. */
    public static UUID id(String original, String tenant) {
        return UUID.nameUUIDFromBytes((tenant + ":" + original).getBytes(StandardCharsets.UTF_8));
    }

    /** Ticket n of the fixture (T1 … T7) for {@code tenant}. */
    public static UUID ticket(int n, String tenant) {
        return id(String.format("10000000-0000-4000-8000-%012d", n), tenant);
    }

    /** Every event's data checked against its published JSON Schema. */
    public static List<String> contractViolations(List<Event> events) {
        List<String> violations = new ArrayList<>();
        for (Event e : events) {
            EventContracts.violations(e.type(), e.data()).forEach(v -> violations.add(e.type() + " " + e.id() + ": " + v));
        }
        return violations;
    }

    public static Set<String> distinctIds(List<Event> events) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static String mapIds(String line, String tenant) {
        Matcher m = UUID_TEXT.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, id(m.group(), tenant).toString());
        }
        return m.appendTail(out).toString();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = RecordedStream.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
