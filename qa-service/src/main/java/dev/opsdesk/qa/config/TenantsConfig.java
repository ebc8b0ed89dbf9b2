package dev.opsdesk.qa.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** The same key as ticket-service's (OPSDESK_TENANTS_BOOTSTRAP), so one setting provisions both. */
@ConfigMapping(prefix = "opsdesk.tenants")
public interface TenantsConfig {

    /**
     * Tenants whose QA settings and scorecards are installed at start-up from the QA template of the
     * same id when they have none (ids without a QA template, such as festival, are skipped).
     */
    Optional<List<String>> bootstrap();
}
