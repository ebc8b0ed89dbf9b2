package dev.opsdesk.routing.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.opsdesk.routing.domain.FieldProblem;
import dev.opsdesk.routing.domain.template.RoutingTemplate;
import dev.opsdesk.routing.domain.template.TemplateRules;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shipped routing templates (routing-templates/*.yaml), read strictly and checked once at
 * start-up: an unknown key, a bad value or a broken reference stops the service with
 * {@code <file>: <field>: <problem>}.
 */
@Startup
@Singleton
public class RoutingTemplates {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Map<String, RoutingTemplate> byId = new LinkedHashMap<>();

    public RoutingTemplates(RoutingConfig config) {
        for (String id : config.templates()) {
            String file = "routing-templates/" + id + ".yaml";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
                RoutingTemplate template = load(file, in);
                if (!id.equals(template.id())) {
                    throw new IllegalStateException(file + ": id: '" + template.id() + "' does not match the file name");
                }
                byId.put(id, template);
            } catch (IOException e) {
                throw new IllegalStateException(file + ": (file): not readable: " + e.getMessage(), e);
            }
        }
    }

    public static RoutingTemplate load(String file, InputStream content) {
        if (content == null) {
            throw new IllegalStateException(file + ": (file): not found on the classpath");
        }
        RoutingTemplate template;
        try {
            template = YAML.readValue(content, RoutingTemplate.class);
        } catch (JsonMappingException e) {
            throw new IllegalStateException(file + ": " + path(e) + ": " + reason(e));
        } catch (IOException e) {
            throw new IllegalStateException(file + ": (file): not readable YAML: " + e.getMessage());
        }
        if (template == null) {
            throw new IllegalStateException(file + ": (file): is empty");
        }
        List<FieldProblem> problems = TemplateRules.problems(template);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file + ": " + problems.get(0).field() + ": " + problems.get(0).message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more: " + problems.subList(1,
                    problems.size()).stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "))
                    + ")" : ""));
        }
        return template;
    }

    public Optional<RoutingTemplate> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
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
        return e.getOriginalMessage();
    }
}
