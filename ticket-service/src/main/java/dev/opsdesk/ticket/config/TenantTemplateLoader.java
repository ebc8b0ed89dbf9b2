package dev.opsdesk.ticket.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.opsdesk.ticket.domain.tenant.TemplateProblem;
import dev.opsdesk.ticket.domain.tenant.TemplateRules;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a tenant template file strictly: unknown keys, bad values and broken rules name the field. */
public final class TenantTemplateLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private TenantTemplateLoader() {
    }

    public static TenantTemplate load(String file, InputStream content) {
        if (content == null) {
            throw new TemplateProblem(file, "(file)", "not found on the classpath");
        }
        TenantTemplate template;
        try {
            template = YAML.readValue(content, TenantTemplate.class);
        } catch (JsonMappingException e) {
            throw new TemplateProblem(file, path(e), reason(e));
        } catch (IOException e) {
            throw new TemplateProblem(file, "(file)", "not readable YAML: " + e.getMessage());
        }
        if (template == null) {
            throw new TemplateProblem(file, "(file)", "is empty");
        }
        List<String> problems = TemplateRules.problems(template);
        if (!problems.isEmpty()) {
            String first = problems.get(0);
            int colon = first.indexOf(": ");
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more: " + String.join("; ",
                    problems.subList(1, problems.size())) + ")" : "";
            throw new TemplateProblem(file, first.substring(0, colon), first.substring(colon + 2) + more);
        }
        return template;
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
        if (e instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + invalid.getTargetType().getSimpleName();
        }
        return e.getOriginalMessage();
    }
}
