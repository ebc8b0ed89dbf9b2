package dev.opsdesk.routing.service;

import dev.opsdesk.routing.config.RoutingConfig;
import dev.opsdesk.routing.config.RoutingTemplates;
import dev.opsdesk.routing.domain.Conflict;
import dev.opsdesk.routing.domain.FieldProblem;
import dev.opsdesk.routing.domain.InvalidDefinition;
import dev.opsdesk.routing.domain.RoutingTenant;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.template.RoutingTemplate;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A tenant's routing comes from a template: the seed tenants at start-up, others through the API,
 * and a tenant routing hears of first through an event from the fallback template.
 */
@ApplicationScoped
public class TenantSetup {

    private static final Logger LOG = Logger.getLogger(TenantSetup.class);

    private final RoutingTemplates templates;
    private final RoutingConfig config;
    private final TemplateProvisioner provisioner;
    private final TenantLock lock;
    private final Clock clock;
    private final AuditLog audit;

    TenantSetup(RoutingTemplates templates, RoutingConfig config, TemplateProvisioner provisioner, TenantLock lock,
                Clock clock, AuditLog audit) {
        this.audit = audit;
        this.templates = templates;
        this.config = config;
        this.provisioner = provisioner;
        this.lock = lock;
        this.clock = clock;
    }

    @Transactional
    void bootstrap(@Observes StartupEvent event) {
        for (String id : config.bootstrap().orElse(List.of())) {
            lock.lock(id);
            if (RoutingTenant.findById(id) == null) {
                provisioner.provision(id, template(id), clock.instant());
                LOG.infof("set up routing of tenant %s from its template", id);
            }
        }
    }

    /** Sets a new tenant up from a template; a tenant is set up once. */
    @Transactional
    public RoutingTenant setUp(String tenantId, String templateId) {
        lock.lock(tenantId);
        if (RoutingTenant.findById(tenantId) != null) {
            throw new Conflict("Routing of tenant '" + tenantId + "' is already set up");
        }
        RoutingTenant tenant = provisioner.provision(tenantId, template(templateId), clock.instant());
        audit.record(tenantId, "tenant.set-up", "tenant", tenantId, null, audit.snapshot(tenant));
        return tenant;
    }

    /** The tenant's settings; a tenant never set up gets the fallback template. The caller holds the tenant lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TenantSettings settings(String tenantId) {
        return tenant(tenantId).settings;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingTenant tenant(String tenantId) {
        RoutingTenant tenant = RoutingTenant.findById(tenantId);
        if (tenant == null) {
            tenant = provisioner.provision(tenantId, template(config.fallbackTemplate()), clock.instant());
        }
        return tenant;
    }

    private RoutingTemplate template(String id) {
        return templates.find(id).orElseThrow(() -> new InvalidDefinition(List.of(new FieldProblem("template",
                "'" + id + "' is not a routing template; use one of " + templates.ids()))));
    }
}
