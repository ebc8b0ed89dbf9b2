package dev.opsdesk.ticket.config;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shipped tenant templates, read and checked once at start-up: an invalid file stops the
 * service with a message naming the file and the field.
 */
@Startup
@Singleton
public class TenantTemplates {

    private final Map<String, TenantTemplate> byId = new LinkedHashMap<>();

    public TenantTemplates(TenantsConfig config) {
        for (String id : config.templates()) {
            String file = "tenant-templates/" + id + ".yaml";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
                TenantTemplate template = TenantTemplateLoader.load(file, in);
                if (!template.id().equals(id)) {
                    throw new dev.opsdesk.ticket.domain.tenant.TemplateProblem(file, "id",
                            "'" + template.id() + "' does not match the file name");
                }
                byId.put(id, template);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Optional<TenantTemplate> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
