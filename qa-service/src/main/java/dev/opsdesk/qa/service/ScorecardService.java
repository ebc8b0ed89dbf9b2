package dev.opsdesk.qa.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.qa.config.StrictDocuments;
import dev.opsdesk.qa.domain.Conflict;
import dev.opsdesk.qa.domain.InvalidDefinition;
import dev.opsdesk.qa.domain.NotFound;
import dev.opsdesk.qa.domain.RuleViolation;
import dev.opsdesk.qa.domain.autoqa.AutoQa;
import dev.opsdesk.qa.domain.profile.ProfileRules;
import dev.opsdesk.qa.domain.profile.TenantSettings;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.ScorecardRules;
import dev.opsdesk.qa.domain.scorecard.ScorecardVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scorecards as versioned documents: created and edited (a new version each time) by the tenant's admins. */
@ApplicationScoped
public class ScorecardService {

    /** Ids that would collide with the resource's own sub-paths. */
    private static final Set<String> RESERVED = Set.of("templates", "settings");

    private final Clock clock;
    private final AuditLog audit;

    ScorecardService(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public ScorecardVersion create(String tenantId, JsonNode body, String actor) {
        Scorecard card = valid(tenantId, body, null);
        if (ScorecardVersion.latest(tenantId, card.id()).isPresent()) {
            throw new Conflict("Scorecard " + card.id() + " exists; PUT /api/v1/scorecards/" + card.id() + " edits it");
        }
        ScorecardVersion row = ScorecardVersion.of(tenantId, card, 1, actor, clock.instant());
        row.persist();
        audit.record(tenantId, "scorecard.created", "scorecard", card.id(), null, snapshot(row));
        return row;
    }

    /** An edit is the next version; evaluations keep the version they were made with. */
    @Transactional
    public ScorecardVersion edit(String tenantId, String id, JsonNode body, Integer expectedVersion, String actor) {
        ScorecardVersion current = latest(tenantId, id);
        if (expectedVersion != null && expectedVersion != current.version) {
            throw new RuleViolation("stale-version", null, "If-Match",
                    "Scorecard " + id + " is at version " + current.version + ", not " + expectedVersion);
        }
        Scorecard card = valid(tenantId, body, id);
        ScorecardVersion row = ScorecardVersion.of(tenantId, card, current.version + 1, actor, clock.instant());
        row.persist();
        audit.record(tenantId, "scorecard.versioned", "scorecard", id, snapshot(current), snapshot(row));
        return row;
    }

    @Transactional
    public ScorecardVersion latest(String tenantId, String id) {
        return ScorecardVersion.latest(tenantId, id).orElseThrow(() -> new NotFound("No scorecard " + id));
    }

    @Transactional
    public ScorecardVersion version(String tenantId, String id, int version) {
        return ScorecardVersion.exact(tenantId, id, version)
                .orElseThrow(() -> new NotFound("No version " + version + " of scorecard " + id));
    }

    @Transactional
    public List<ScorecardVersion> versions(String tenantId, String id) {
        List<ScorecardVersion> versions = ScorecardVersion.versions(tenantId, id);
        if (versions.isEmpty()) {
            throw new NotFound("No scorecard " + id);
        }
        return versions;
    }

    @Transactional
    public List<ScorecardVersion> list(String tenantId) {
        return ScorecardVersion.latestOfTenant(tenantId);
    }

    /** A scorecard version as audited: its number and its definition. */
    private JsonNode snapshot(ScorecardVersion row) {
        return audit.snapshot(Map.of("version", row.version, "definition", row.definition()));
    }

    private static Scorecard valid(String tenantId, JsonNode body, String pathId) {
        Scorecard card = StrictDocuments.json("Scorecard", body, Scorecard.class);
        List<String> problems = new ArrayList<>(ScorecardRules.problems(card, AutoQa.knownRules()));
        if (pathId != null && !pathId.equals(card.id())) {
            problems.add("id: must be '" + pathId + "', the scorecard being edited");
        }
        if (card.id() != null && RESERVED.contains(card.id())) {
            problems.add("id: '" + card.id() + "' is reserved");
        }
        if (problems.isEmpty()) {
            // the tenant's settings must still fit its scorecards (channel map, default scorecard)
            TenantSettings.of(tenantId).ifPresent(settings -> {
                Map<String, Scorecard> cards = QaSetup.scorecards(tenantId);
                cards.put(card.id(), card);
                ProfileRules.problems(settings.profile(), cards).forEach(p -> problems.add("(tenant settings) " + p));
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinition("Scorecard", problems);
        }
        return card;
    }
}
