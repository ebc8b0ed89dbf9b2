package dev.opsdesk.qa.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.qa.config.ShippedTemplates;
import dev.opsdesk.qa.config.StrictDocuments;
import dev.opsdesk.qa.config.TenantsConfig;
import dev.opsdesk.qa.domain.Conflict;
import dev.opsdesk.qa.domain.InvalidDefinition;
import dev.opsdesk.qa.domain.NotFound;
import dev.opsdesk.qa.domain.RuleViolation;
import dev.opsdesk.qa.domain.profile.PhraseSet;
import dev.opsdesk.qa.domain.profile.ProfileRules;
import dev.opsdesk.qa.domain.profile.QaProfile;
import dev.opsdesk.qa.domain.profile.TenantSettings;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.ScorecardVersion;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A tenant's QA settings: installed from a shipped template (its settings and scorecards, version 1),
 * read and replaced through the API. At start-up the tenants named in {@code opsdesk.tenants.bootstrap}
 * get the template of the same id when they have none.
 */
@ApplicationScoped
public class QaSetup {

    private static final Logger LOG = Logger.getLogger(QaSetup.class);

    private final ShippedTemplates templates;
    private final TenantsConfig tenants;
    private final Clock clock;
    private final AuditLog audit;

    QaSetup(ShippedTemplates templates, TenantsConfig tenants, Clock clock, AuditLog audit) {
        this.templates = templates;
        this.tenants = tenants;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    void bootstrap(@Observes StartupEvent event) {
        for (String id : tenants.bootstrap().orElse(List.of())) {
            if (templates.find(id).isPresent() && TenantSettings.of(id).isEmpty()) {
                install(id, id, "system");
                LOG.infof("installed the %s QA template for tenant %s", id, id);
            }
        }
    }

    @Transactional
    public TenantSettings install(String tenantId, String templateId, String actor) {
        ShippedTemplates.Template template = templates.find(templateId)
                .orElseThrow(() -> new NotFound("No QA template " + templateId + " (templates: " + templates.ids() + ")"));
        if (TenantSettings.of(tenantId).isPresent()) {
            throw new Conflict("QA is already set up for this tenant; edit its settings and scorecards instead");
        }
        template.scorecards().values().forEach(card -> {
            int next = ScorecardVersion.latest(tenantId, card.id()).map(v -> v.version + 1).orElse(1);
            ScorecardVersion.of(tenantId, card, next, actor, clock.instant()).persist();
        });
        TenantSettings settings = TenantSettings.of(tenantId, templateId, template.profile(), actor, clock.instant());
        settings.persist();
        audit.record(tenantId, "qa.template-installed", "settings", tenantId, null, audit.snapshot(Map.of(
                "template", templateId, "scorecards", List.copyOf(template.scorecards().keySet()),
                "settings", snapshot(settings))));
        return settings;
    }

    @Transactional
    public TenantSettings settings(String tenantId) {
        return TenantSettings.of(tenantId).orElseThrow(() -> new NotFound("QA is not set up for this tenant"));
    }

    /** Replaces the settings after checking them against the tenant's scorecards. */
    @Transactional
    public TenantSettings replace(String tenantId, JsonNode body, Long expectedVersion, String actor) {
        TenantSettings row = settings(tenantId);
        if (expectedVersion != null && expectedVersion != row.version) {
            throw new RuleViolation("stale-version", null, "If-Match", "The settings changed meanwhile (version "
                    + row.version + ")");
        }
        QaProfile sent = StrictDocuments.json("QA settings", body, QaProfile.class);
        Map<String, PhraseSet> phrases = new LinkedHashMap<>();
        if (sent.phrases() != null) {
            sent.phrases().forEach((language, set) -> phrases.put(language, PhraseSet.NONE.overriddenBy(set)));
        }
        QaProfile profile = new QaProfile(row.templateId, sent.displayName(), sent.defaultLanguage(), sent.languages(),
                sent.defaultScorecard(), sent.scorecards(), sent.channels(), sent.nameNotRequiredForResolutions(),
                sent.resolutions(), sent.ebay(), sent.notes(), sent.typeHints(), phrases);
        List<String> problems = ProfileRules.problems(profile, scorecards(tenantId));
        if (!problems.isEmpty()) {
            throw new InvalidDefinition("QA settings", problems);
        }
        JsonNode before = snapshot(row);
        row.replace(profile, actor, clock.instant());
        audit.record(tenantId, "settings.updated", "settings", tenantId, before, snapshot(row));
        return row;
    }

    /** The settings as audited: their version and document. */
    private JsonNode snapshot(TenantSettings row) {
        return audit.snapshot(Map.of("version", row.version, "profile", row.profile()));
    }

    /** The newest version of each of the tenant's scorecards. */
    static Map<String, Scorecard> scorecards(String tenantId) {
        Map<String, Scorecard> cards = new LinkedHashMap<>();
        ScorecardVersion.latestOfTenant(tenantId).forEach(v -> cards.put(v.scorecardId, v.definition()));
        return cards;
    }
}
