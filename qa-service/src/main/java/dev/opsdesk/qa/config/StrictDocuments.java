package dev.opsdesk.qa.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opsdesk.qa.domain.InvalidDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads scorecards and QA settings strictly, from the shipped YAML files and from API bodies alike:
 * an unknown key, a value of the wrong type or an unknown enum value names the path at fault.
 */
public final class StrictDocuments {

    private static final ObjectMapper YAML = strict(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper JSON = strict(new ObjectMapper());

    private StrictDocuments() {
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

    /** A shipped YAML file; problems throw {@link TemplateProblem} naming the file. */
    public static <T> T yaml(String file, InputStream content, Class<T> type) {
        if (content == null) {
            throw new TemplateProblem(file, "(file)", "not found on the classpath");
        }
        try {
            T value = YAML.readValue(content, type);
            if (value == null) {
                throw new TemplateProblem(file, "(file)", "is empty");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new TemplateProblem(file, path(e), reason(e));
        } catch (IOException e) {
            throw new TemplateProblem(file, "(file)", "not readable YAML: " + e.getMessage());
        }
    }

    /** A document sent to the API; problems throw {@link InvalidDefinition} with the path at fault. */
    public static <T> T json(String what, JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw new InvalidDefinition(what, List.of("(body): must be a JSON object"));
        }
        try {
            return JSON.treeToValue(body, type);
        } catch (JsonMappingException e) {
            throw new InvalidDefinition(what, List.of(path(e) + ": " + reason(e)));
        } catch (IOException e) {
            throw new InvalidDefinition(what, List.of("(body): " + e.getMessage()));
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "(document)" : path.substring(path.startsWith(".") ? 1 : 0);
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "'" + invalid.getValue() + "' is not one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        return "a value of the wrong type";
    }
}
