package dev.opsdesk.routing.domain.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/** Replaces the value of every field whose name says it holds a secret, at any depth, before it is audited. */
public final class SecretMask {

    public static final String MASK = "********";
    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(password|secret|token|api-?key|private-?key|credential).*");

    private SecretMask() {
    }

    public static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (SECRET.matcher(field.getKey()).matches() && !field.getValue().isNull()) {
                    field.setValue(TextNode.valueOf(MASK));
                } else {
                    mask(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SecretMask::mask);
        }
        return node;
    }
}
