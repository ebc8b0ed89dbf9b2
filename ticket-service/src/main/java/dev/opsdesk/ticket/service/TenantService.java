package dev.opsdesk.ticket.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.ticket.config.TenantTemplates;
import dev.opsdesk.ticket.config.TenantsConfig;
import dev.opsdesk.ticket.domain.Conflict;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.domain.tenant.Tenant;
import dev.opsdesk.ticket.domain.tenant.TenantNotProvisioned;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

@ApplicationScoped
public class TenantService {

    private static final Logger LOG = Logger.getLogger(TenantService.class);

    private final TenantTemplates templates;
    private final TenantsConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditLog audit;
    private final Map<String, TenantTemplate> rulesCache = new ConcurrentHashMap<>();

    TenantService(TenantTemplates templates, TenantsConfig config, ObjectMapper json, Clock clock, AuditLog audit) {
        this.templates = templates;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    void bootstrap(@Observes StartupEvent event) {
        for (String id : config.bootstrap().orElse(List.of())) {
            if (Tenant.findById(id) == null) {
                create(id, templates.find(id).map(TenantTemplate::displayName).orElse(id), id);
                LOG.infof("created tenant %s from its template", id);
            }
        }
    }

    @Transactional
    public Tenant create(String id, String name, String templateId) {
        TenantTemplate template = templates.find(templateId).orElseThrow(() -> new RuleViolation(null, "template",
                "'" + templateId + "' is not a template; use one of " + templates.ids()));
        if (Tenant.findById(id) != null) {
            throw new Conflict("Tenant '" + id + "' already exists");
        }
        Tenant tenant = new Tenant();
        tenant.id = id;
        tenant.name = name;
        tenant.templateId = templateId;
        tenant.templateVersion = template.version();
        tenant.config = toJson(template);
        tenant.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tenant.persist();
        audit.record(id, "tenant.created", "tenant", id, null, audit.snapshot(Map.of("id", id, "name", name,
                "template", templateId, "templateVersion", template.version())));
        return tenant;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tenant get(String id) {
        Tenant tenant = Tenant.findById(id);
        if (tenant == null) {
            throw new TenantNotProvisioned(id);
        }
        return tenant;
    }

    /** The rules in force for a tenant (its own copy of its template). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TenantTemplate rules(String tenantId) {
        TenantTemplate cached = rulesCache.get(tenantId);
        if (cached != null) {
            return cached;
        }
        Tenant tenant = get(tenantId);
        try {
            TenantTemplate rules = json.readValue(tenant.config, TenantTemplate.class);
            rulesCache.put(tenantId, rules);
            return rules;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rules of tenant " + tenantId + " are unreadable", e);
        }
    }

    private String toJson(TenantTemplate template) {
        try {
            return json.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
