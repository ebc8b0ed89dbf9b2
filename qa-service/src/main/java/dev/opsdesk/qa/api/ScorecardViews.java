package dev.opsdesk.qa.api;

import dev.opsdesk.qa.domain.profile.QaProfile;
import dev.opsdesk.qa.domain.profile.TenantSettings;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.ScorecardVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response bodies of /api/v1/scorecards. */
public final class ScorecardViews {

    private ScorecardViews() {
    }

    /** One version of a scorecard with its whole definition. */
    public record ScorecardView(String id, int version, Instant createdAt, String createdBy, Scorecard definition) {
        static ScorecardView of(ScorecardVersion v) {
            return new ScorecardView(v.scorecardId, v.version, v.createdAt, v.createdBy, v.definition());
        }
    }

    /** A scorecard in a list: its newest version. */
    public record ScorecardSummary(String id, int version, Map<String, String> name, List<String> channels,
                                   long items, Instant createdAt) {
        static ScorecardSummary of(ScorecardVersion v) {
            Scorecard card = v.definition();
            return new ScorecardSummary(v.scorecardId, v.version, card.name(),
                    card.channels().stream().map(Scorecard.Channel::code).toList(), card.items().count(), v.createdAt);
        }
    }

    public record VersionSummary(int version, Instant createdAt, String createdBy) {
        static VersionSummary of(ScorecardVersion v) {
            return new VersionSummary(v.version, v.createdAt, v.createdBy);
        }
    }

    /** A tenant's QA settings; {@code version} is what If-Match names on PUT. */
    public record SettingsView(String templateId, long version, Instant updatedAt, String updatedBy,
                               QaProfile settings) {
        static SettingsView of(TenantSettings s) {
            return new SettingsView(s.templateId, s.version, s.updatedAt, s.updatedBy, s.profile());
        }
    }

    /** A template shipped with the service. */
    public record TemplateView(String id, String displayName, List<String> languages, List<String> scorecards) {
    }
}
