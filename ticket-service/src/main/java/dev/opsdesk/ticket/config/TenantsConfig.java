package dev.opsdesk.ticket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "opsdesk.tenants")
public interface TenantsConfig {

    /** Template files shipped under tenant-templates/, by id. */
    @WithDefault("crazysales,zalora,ozon,festival")
    List<String> templates();

    /** Tenants created at start-up from the template of the same id when they do not exist yet. */
    Optional<List<String>> bootstrap();
}
