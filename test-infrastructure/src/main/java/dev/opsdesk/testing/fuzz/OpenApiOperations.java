package dev.opsdesk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of a service's OpenAPI 3 document, so that a fuzz test covers every endpoint that
 * takes a body (a new one cannot be forgotten), and a schema-valid example for an operation nobody
 * wrote one for: required properties (all of them when none is required) with a plausible value of
 * their type, format and enum.
 */
public final class OpenApiOperations {

    public record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    public record Operation(String method, String path, String contentType, JsonNode requestSchema,
                            List<Parameter> parameters) {
        public boolean takesJson() {
            return contentType != null && contentType.contains("json");
        }

        public List<Parameter> query() {
            return parameters.stream().filter(p -> p.in().equals("query")).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final int DEEPEST = 6;

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    public OpenApiOperations(String openApiJson) {
        try {
            document = JSON.readTree(openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> p = document.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> method = m.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                Iterator<String> types = content.fieldNames();
                String type = types.hasNext() ? types.next() : null;
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    JsonNode resolved = resolve(parameter);
                    parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                            resolve(resolved.path("schema")), resolved.path("required").asBoolean(false)));
                }
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), type,
                        type == null ? null : content.path(type).path("schema"), parameters));
            }
        }
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** Every POST, PUT and PATCH: the operations that take a body. */
    public List<Operation> writes() {
        return operations.stream().filter(o -> Set.of("POST", "PUT", "PATCH").contains(o.method())).toList();
    }

    /** A schema-valid example body for the operation ({@code {}} when it declares none). */
    public JsonNode example(Operation operation) {
        return operation.requestSchema() == null ? NODES.objectNode() : example(operation.requestSchema(), 0);
    }

    /** The properties the operation's request body may have (empty when it is no object). */
    public Set<String> properties(Operation operation) {
        Set<String> names = new java.util.LinkedHashSet<>();
        if (operation.requestSchema() != null) {
            resolve(operation.requestSchema()).path("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** Example values of the operation's query parameters. */
    public Map<String, String> queryExample(Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : operation.query()) {
            JsonNode value = example(parameter.schema(), 0);
            values.put(parameter.name(), value.isTextual() ? value.asText() : value.toString());
        }
        return values;
    }

    private JsonNode example(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("example")) {
            return s.get("example");
        }
        for (String choice : List.of("allOf", "oneOf", "anyOf")) {
            if (s.path(choice).isArray() && !s.path(choice).isEmpty()) {
                return example(s.path(choice).get(0), depth + 1);
            }
        }
        if (s.path("enum").isArray() && !s.path("enum").isEmpty()) {
            return s.path("enum").get(0);
        }
        String type = s.path("type").isArray() ? s.path("type").get(0).asText() : s.path("type").asText("object");
        return switch (type) {
            case "string" -> NODES.textNode(string(s));
            case "integer" -> NODES.numberNode(Math.max(1, s.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(Math.max(1.5, s.path("minimum").asDouble(1.5)));
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < DEEPEST) {
                    array.add(example(s.path("items"), depth + 1));
                }
                yield array;
            }
            default -> object(s, depth);
        };
    }

    private JsonNode object(JsonNode s, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth >= DEEPEST) {
            return object;
        }
        JsonNode properties = s.path("properties");
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (required.isEmpty() || required.contains(name)) {
                object.set(name, example(properties.get(name), depth + 1));
            }
        }
        if (properties.isEmpty() && s.path("additionalProperties").isObject()) {
            object.set("key", example(s.path("additionalProperties"), depth + 1));
        }
        return object;
    }

    private static String string(JsonNode s) {
        return switch (s.path("format").asText("")) {
            case "date-time" -> "2026-11-20T10:00:00Z";
            case "date" -> "2026-11-20";
            case "uuid" -> "3f2a9c01-0000-4000-8000-000000000001";
            case "email" -> "fuzz@example.com";
            case "duration" -> "PT1H";
            case "uri", "url" -> "https://example.com/fuzz";
            default -> s.has("pattern") ? "fuzz-1" : "fuzz";
        };
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.startsWith("#") ? ref.substring(1) : ref);
        }
        return current;
    }
}
