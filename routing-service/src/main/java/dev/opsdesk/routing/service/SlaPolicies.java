package dev.opsdesk.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.routing.domain.InvalidDefinition;
import dev.opsdesk.routing.domain.NotFound;
import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.sla.BusinessHours;
import dev.opsdesk.routing.domain.sla.SlaPolicy;
import dev.opsdesk.routing.domain.sla.SlaTimer;
import dev.opsdesk.routing.domain.template.RoutingTemplate.CalendarDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.SlaPolicyDef;
import dev.opsdesk.routing.domain.template.TemplateChecks;
import dev.opsdesk.routing.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * SLA policies and business-hours calendars. Changing either replays the facts of every open
 * ticket of the tenant, so their due times follow the new policy (published as sla-timer-changed).
 */
@ApplicationScoped
public class SlaPolicies {

    private final TenantLock lock;
    private final TenantSetup tenants;
    private final Definitions definitions;
    private final SlaTimers timers;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final AuditLog audit;

    SlaPolicies(TenantLock lock, TenantSetup tenants, Definitions definitions, SlaTimers timers, OutboxWriter outbox,
                Clock clock, AuditLog audit) {
        this.audit = audit;
        this.lock = lock;
        this.tenants = tenants;
        this.definitions = definitions;
        this.timers = timers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public List<SlaPolicy> policies(String tenantId) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        return SlaPolicy.ofTenant(tenantId);
    }

    @Transactional
    public SlaPolicy policy(String tenantId, String policyId) {
        return SlaPolicy.find(tenantId, policyId)
                .orElseThrow(() -> new NotFound("No SLA policy " + policyId + " in this tenant"));
    }

    /** Creates or replaces a policy (its version grows) and replays open tickets. */
    @Transactional
    public SlaPolicy putPolicy(String tenantId, String policyId, SlaPolicyDef def) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        SlaPolicyDef withId = new SlaPolicyDef(policyId, def.name(), def.channels(), def.priorities(), def.targets(),
                def.calendar(), def.warnBefore(), def.pausing(), def.pendingUpdate(), def.escalation(), def.rule());
        InvalidDefinition.throwIfAny(TemplateChecks.slaPolicy("body", withId, KnownIds.of(tenantId)));
        SlaPolicy policy = SlaPolicy.find(tenantId, policyId).orElse(null);
        JsonNode before = audit.snapshot(policy);
        if (policy == null) {
            policy = definitions.newPolicy(tenantId, withId);
            policy.persist();
        } else {
            definitions.applyPolicy(policy, withId);
            policy.version++;
        }
        audit.record(tenantId, before == null ? "sla-policy.created" : "sla-policy.updated", "sla-policy", policyId,
                before, audit.snapshot(policy));
        replayAll(tenantId);
        return policy;
    }

    @Transactional
    public void deletePolicy(String tenantId, String policyId) {
        lock.lock(tenantId);
        SlaPolicy policy = policy(tenantId, policyId);
        audit.record(tenantId, "sla-policy.deleted", "sla-policy", policyId, audit.snapshot(policy), null);
        policy.delete();
        replayAll(tenantId);
    }

    @Transactional
    public List<BusinessHours> calendars(String tenantId) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        return BusinessHours.ofTenant(tenantId);
    }

    @Transactional
    public BusinessHours putCalendar(String tenantId, String calendarId, CalendarDef def) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        CalendarDef withId = new CalendarDef(calendarId, def.zone(), def.hours(), def.holidays());
        InvalidDefinition.throwIfAny(TemplateChecks.calendar("body", withId));
        BusinessHours calendar = BusinessHours.find(tenantId, calendarId).orElse(null);
        JsonNode before = audit.snapshot(calendar);
        if (calendar == null) {
            calendar = definitions.newCalendar(tenantId, withId);
            calendar.persist();
        } else {
            definitions.applyCalendar(calendar, withId);
        }
        audit.record(tenantId, before == null ? "calendar.created" : "calendar.updated", "calendar", calendarId,
                before, audit.snapshot(calendar));
        replayAll(tenantId);
        return calendar;
    }

    /** Recomputes every open ticket's timers from its facts; returns the changes published. */
    @Transactional
    public List<RoutingEvent> replay(String tenantId) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        return replayAll(tenantId);
    }

    private List<RoutingEvent> replayAll(String tenantId) {
        SlaPolicy.getEntityManager().flush();
        List<RoutingEvent> events = timers.replay(tenantId, clock.instant());
        outbox.append(events);
        return events;
    }

    @Transactional
    public List<SlaTimer> timersOf(String tenantId, UUID ticketId) {
        RoutedTicket.findInTenant(tenantId, ticketId)
                .orElseThrow(() -> new NotFound("Routing knows no ticket " + ticketId + " in this tenant"));
        return SlaTimer.of(ticketId);
    }
}
