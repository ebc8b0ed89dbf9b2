package dev.opsdesk.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Typed settings of the reporting-service; per-tenant calendars are data (README "Business hours"). */
@ConfigMapping(prefix = "opsdesk.reporting")
public interface ReportingConfig {

    /** The consumer group of the three channels (versioned, see application.properties). */
    @WithDefault("reporting-service-v2")
    String consumerGroup();

    /** Per tenant id; a tenant without an entry uses {@link #fallback()}. */
    Map<String, TenantSettings> tenants();

    @WithName("default-tenant")
    TenantSettings fallback();

    /** A running SLA timer due within this horizon counts as "at risk". */
    @WithDefault("PT1H")
    Duration slaAtRiskHorizon();

    /** How often the Prometheus KPI gauges are recomputed. */
    @WithDefault("15s")
    Duration kpiRefresh();

    /** The dashboard stream re-sends its snapshot at least this often (queue ages move with time). */
    @WithDefault("5s")
    Duration dashboardRefresh();

    /** Changes within this window are pushed to the dashboard as one snapshot. */
    @WithDefault("50ms")
    Duration dashboardDebounce();

    interface TenantSettings {
        @WithDefault("UTC")
        ZoneId zone();

        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        Set<DayOfWeek> businessDays();

        @WithDefault("09:00")
        LocalTime opensAt();

        @WithDefault("17:00")
        LocalTime closesAt();

        /** R76/A16: a ticket waiting on the customer or on-hold is owed a public update this often. */
        @WithDefault("P2D")
        Duration pendingUpdateInterval();

        /** Channels the pending-update timer applies to (Zalora: WET_TICKET); absent = none. */
        Optional<Set<String>> pendingUpdateChannels();
    }
}
