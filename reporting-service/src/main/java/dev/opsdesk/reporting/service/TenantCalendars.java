package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.config.ReportingConfig;
import dev.opsdesk.reporting.config.ReportingConfig.TenantSettings;
import dev.opsdesk.reporting.domain.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Each tenant's calendar and timers (configuration data; the default tenant for unknown ids). */
@ApplicationScoped
public class TenantCalendars {

    private final ReportingConfig config;
    private final Map<String, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    TenantCalendars(ReportingConfig config) {
        this.config = config;
    }

    public BusinessCalendar calendar(String tenantId) {
        return calendars.computeIfAbsent(tenantId, id -> {
            TenantSettings s = settings(id);
            return new BusinessCalendar(s.zone(), s.businessDays(), s.opensAt(), s.closesAt());
        });
    }

    /** R76/A16: the interval after which a waiting ticket is owed a public update. */
    public Duration pendingUpdateInterval(String tenantId) {
        return settings(tenantId).pendingUpdateInterval();
    }

    public Set<String> pendingUpdateChannels(String tenantId) {
        return settings(tenantId).pendingUpdateChannels().orElse(Set.of());
    }

    private TenantSettings settings(String tenantId) {
        return config.tenants().getOrDefault(tenantId, config.fallback());
    }
}
