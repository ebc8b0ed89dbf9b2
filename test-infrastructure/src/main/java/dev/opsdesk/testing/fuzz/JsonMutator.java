package dev.opsdesk.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns a valid JSON body into a malformed one. Tree mutations change one value of a copy of the
 * seed (dropped keys, wrong types, hostile strings and numbers, nesting, duplicates…); byte
 * mutations damage the serialised text (truncation, garbage, invalid UTF-8, other encodings…).
 * Values that Jackson cannot write (NaN, 100,000 nested arrays) are spliced in as raw text.
 */
public final class JsonMutator {

    /** A malformed body with the kind of damage done and the Content-Type it is sent with (null: none). */
    public record Mutation(String kind, byte[] body, String contentType) {
    }

    private static final String JSON = "application/json";
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "__fuzz_raw_%d__";
    private static final String DUPLICATE_KEY = "__fuzz_duplicate_key__";

    private static final List<String> KINDS = List.of("drop-key", "wrong-type", "hostile-string", "hostile-string",
            "hostile-number", "null-value", "unknown-field", "server-owned-field", "array-instead-of-object",
            "scalar-body", "deep-nesting", "long-array", "empty-object", "duplicate-key", "duplicate-key",
            "unicode-key", "stacked", "truncated", "trailing-garbage", "invalid-utf8", "invalid-utf8",
            "other-encoding", "nul-bytes", "empty-body", "not-json", "non-standard-json", "wrong-content-type",
            "byte-order-mark", "valid");
    private static final List<String> SERVER_OWNED = List.of("id", "tenant", "tenantId", "tenant_id", "status",
            "owner", "version", "createdAt", "updatedAt", "deleted", "role", "roles", "groups", "isAdmin", "__proto__",
            "constructor", "@class", "$type");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/octet-stream",
            "application/json; charset=ISO-8859-1", "application/json; charset=utf-32", "application/json; charset=nope",
            "application/json;;;", "application/jsonx", "*/*", "text/json", "application/problem+json", "",
            "application/json, text/plain", "message/rfc822");

    private JsonMutator() {
    }

    public static Mutation mutate(JsonNode seed, Random random) {
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        return mutate(kind, seed, random);
    }

    static Mutation mutate(String kind, JsonNode seed, Random random) {
        return switch (kind) {
            case "truncated" -> {
                byte[] text = utf8(seed);
                yield json(kind, java.util.Arrays.copyOf(text, random.nextInt(Math.max(1, text.length))));
            }
            case "trailing-garbage" -> json(kind, concat(utf8(seed), List.of("}", "]", ",", "x", " {}", "\u0000",
                    ",\"extra\":1}", "\n{\"second\":\"document\"}", "//", "\"").get(random.nextInt(10))
                    .getBytes(StandardCharsets.UTF_8)));
            case "invalid-utf8" -> json(kind, invalidUtf8(utf8(seed), random));
            case "other-encoding" -> otherEncoding(seed, random);
            case "nul-bytes" -> json(kind, insert(utf8(seed), random, new byte[random.nextInt(4) + 1]));
            case "empty-body" -> new Mutation(kind, new byte[0], random.nextBoolean() ? JSON : null);
            case "not-json" -> json(kind, notJson(random));
            case "non-standard-json" -> json(kind, nonStandard(text(seed, PLAIN), random).getBytes(StandardCharsets.UTF_8));
            case "wrong-content-type" -> {
                String type = WRONG_CONTENT_TYPES.get(random.nextInt(WRONG_CONTENT_TYPES.size()));
                yield new Mutation(kind, utf8(seed), type.isEmpty() ? null : type);
            }
            case "byte-order-mark" -> json(kind, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(seed)));
            case "valid" -> json(kind, utf8(seed));
            case "stacked" -> {
                Tree tree = new Tree(seed.deepCopy());
                int times = 2 + random.nextInt(3);
                for (int i = 0; i < times; i++) {
                    tree.mutate(List.of("drop-key", "wrong-type", "hostile-string", "hostile-number", "null-value",
                            "unknown-field", "duplicate-key").get(random.nextInt(7)), random);
                }
                yield json(kind, tree.bytes(random));
            }
            default -> {
                Tree tree = new Tree(seed.deepCopy());
                tree.mutate(kind, random);
                yield json(kind, tree.bytes(random));
            }
        };
    }

    private static Mutation json(String kind, byte[] body) {
        return new Mutation(kind, body, JSON);
    }

    /** A copy of the seed being damaged, with the raw tokens spliced in when it is written. */
    private static final class Tree {
        private JsonNode root;
        private final Map<String, String> raw = new LinkedHashMap<>();

        Tree(JsonNode root) {
            this.root = root;
        }

        void mutate(String kind, Random random) {
            List<Slot> slots = slots(root);
            Slot slot = slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
            switch (kind) {
                case "drop-key" -> {
                    Slot field = pick(slots, s -> s.parent.isObject(), random);
                    if (field != null) {
                        ((ObjectNode) field.parent).remove(field.key);
                    } else {
                        root = NODES.objectNode();
                    }
                }
                case "wrong-type" -> replace(slot, wrongType(slot == null ? root : slot.value(), random));
                case "hostile-string" -> replace(orElse(pick(slots, s -> s.value().isTextual(), random), slot),
                        NODES.textNode(HostileValues.string(random)));
                case "hostile-number" -> replace(orElse(pick(slots, s -> s.value().isNumber(), random), slot),
                        raw(HostileValues.number(random)));
                case "null-value" -> replace(slot, NODES.nullNode());
                case "unknown-field", "server-owned-field", "unicode-key" -> {
                    ObjectNode target = objectIn(slots, random);
                    if (target == null) {
                        root = target = NODES.objectNode();
                    }
                    String name = kind.equals("unknown-field") ? "fuzz" + random.nextInt(1000)
                            : kind.equals("server-owned-field") ? SERVER_OWNED.get(random.nextInt(SERVER_OWNED.size()))
                            : HostileValues.string(random);
                    target.set(name, random.nextBoolean() ? NODES.textNode(HostileValues.string(random)) : NODES.numberNode(1));
                }
                case "array-instead-of-object" -> {
                    Slot object = pick(slots, s -> s.value().isObject(), random);
                    if (object == null || random.nextInt(3) == 0) {
                        root = random.nextBoolean() ? NODES.arrayNode().add(root) : NODES.arrayNode();
                    } else {
                        replace(object, NODES.arrayNode().add(object.value()));
                    }
                }
                case "scalar-body" -> root = raw(List.of("123", "\"text\"", "true", "null", "-1e309", "\"\"")
                        .get(random.nextInt(6)));
                case "deep-nesting" -> {
                    int depth = List.of(10, 200, 999, 1001, 5_000, 100_000).get(random.nextInt(6));
                    boolean arrays = random.nextBoolean();
                    String nested = (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
                    replace(slot, raw(nested));
                }
                case "long-array" -> {
                    int length = List.of(501, 10_000, 200_000).get(random.nextInt(3));
                    JsonNode element = slot == null ? NODES.numberNode(1) : slot.value();
                    String one = text(element, PLAIN);
                    StringBuilder array = new StringBuilder("[");
                    for (int i = 0; i < length && array.length() < 3_000_000; i++) {
                        array.append(i == 0 ? "" : ",").append(one);
                    }
                    replace(slot, raw(array.append(']').toString()));
                }
                case "empty-object" -> root = NODES.objectNode();
                case "duplicate-key" -> {
                    Slot field = pick(slots, s -> s.parent.isObject(), random);
                    if (field == null) {
                        root = NODES.objectNode().put("a", 1).put(DUPLICATE_KEY, 2);
                        raw.put("\"" + DUPLICATE_KEY + "\"", "\"a\"");
                    } else {
                        ((ObjectNode) field.parent).set(DUPLICATE_KEY, wrongType(field.value(), random));
                        raw.put("\"" + DUPLICATE_KEY + "\"", text(NODES.textNode(field.key), PLAIN));
                    }
                }
                default -> throw new IllegalArgumentException(kind);
            }
        }

        private void replace(Slot slot, JsonNode value) {
            if (slot == null) {
                root = value;
            } else if (slot.parent instanceof ObjectNode object) {
                object.set(slot.key, value);
            } else {
                ((ArrayNode) slot.parent).set(slot.index, value);
            }
        }

        /** An object of the tree to add a field to: a nested one or the root; null when the root is no object. */
        private ObjectNode objectIn(List<Slot> slots, Random random) {
            Slot object = pick(slots, s -> s.value().isObject(), random);
            if (object != null && random.nextBoolean()) {
                return (ObjectNode) object.value();
            }
            return root instanceof ObjectNode o ? o : null;
        }

        private JsonNode raw(String token) {
            String placeholder = String.format(RAW, raw.size());
            raw.put("\"" + placeholder + "\"", token);
            return NODES.textNode(placeholder);
        }

        byte[] bytes(Random random) {
            String text = text(root, random.nextInt(3) == 0 ? ESCAPING : PLAIN);
            for (Map.Entry<String, String> token : raw.entrySet()) {
                text = text.replace(token.getKey(), token.getValue());
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A value's place: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String key, int index) {
        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }
    }

    private static List<Slot> slots(JsonNode node) {
        List<Slot> slots = new ArrayList<>();
        collect(node, slots);
        return slots;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                slots.add(new Slot(node, name, -1));
                collect(node.get(name), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    private static Slot pick(List<Slot> slots, java.util.function.Predicate<Slot> which, Random random) {
        List<Slot> matching = slots.stream().filter(which).toList();
        return matching.isEmpty() ? null : matching.get(random.nextInt(matching.size()));
    }

    private static Slot orElse(Slot slot, Slot other) {
        return slot != null ? slot : other;
    }

    private static JsonNode wrongType(JsonNode current, Random random) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.numberNode(123), NODES.numberNode(-1), NODES.booleanNode(true),
                NODES.textNode("text"), NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(1).add(2),
                NODES.objectNode().put("a", 1), NODES.numberNode(1.5), NODES.textNode("2026-11-20T10:00:00Z")));
        others.removeIf(other -> other.getNodeType() == current.getNodeType());
        return others.get(random.nextInt(others.size()));
    }

    private static byte[] invalidUtf8(byte[] text, Random random) {
        List<byte[]> sequences = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xC3});
        byte[] bad = sequences.get(random.nextInt(sequences.size()));
        String asText = new String(text, StandardCharsets.ISO_8859_1);
        int insideString = asText.indexOf(":\"");
        if (insideString >= 0 && random.nextBoolean()) {
            return insertAt(text, insideString + 2, bad);
        }
        return insert(text, random, bad);
    }

    private static Mutation otherEncoding(JsonNode seed, Random random) {
        String text = text(seed, PLAIN);
        List<String> charsets = List.of("UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE", "ISO-8859-1");
        String charset = charsets.get(random.nextInt(charsets.size()));
        byte[] body = text.getBytes(Charset.forName(charset));
        String type = random.nextBoolean() ? JSON : JSON + "; charset=" + charset;
        return new Mutation("other-encoding", body, type);
    }

    private static byte[] notJson(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "<?xml version=\"1.0\"?><ticket/>".getBytes(StandardCharsets.UTF_8);
            case 1 -> "channel=EMAIL&subject=hi".getBytes(StandardCharsets.UTF_8);
            case 2 -> "hello".getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[] {0, 0, 0, '{'};
            case 4 -> new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, '{'};
            case 5 -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
            case 6 -> "   \n\t  ".getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(300)];
                random.nextBytes(bytes);
                yield bytes;
            }
        };
    }

    private static String nonStandard(String text, Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> text.replace('"', '\'');
            case 1 -> text.replaceFirst("\\{", "{/* comment */");
            case 2 -> text.replaceFirst("\"([A-Za-z]+)\":", "$1:");
            case 3 -> text.endsWith("}") ? text.substring(0, text.length() - 1) + ",}" : text + ",";
            case 4 -> text.replaceFirst(":\\s*[^,}\\]]+", ":NaN");
            case 5 -> text.replaceFirst(":\\s*[^,}\\]]+", ":007");
            default -> "# comment\n" + text;
        };
    }

    static byte[] utf8(JsonNode node) {
        return text(node, PLAIN).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] insert(byte[] text, Random random, byte[] what) {
        return insertAt(text, random.nextInt(text.length + 1), what);
    }

    static byte[] insertAt(byte[] text, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + what.length);
        out.write(text, 0, at);
        out.write(what, 0, what.length);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        return insertAt(a, a.length, b);
    }
}
