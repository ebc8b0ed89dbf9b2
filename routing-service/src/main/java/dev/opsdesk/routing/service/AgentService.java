package dev.opsdesk.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.routing.domain.FieldProblem;
import dev.opsdesk.routing.domain.InvalidDefinition;
import dev.opsdesk.routing.domain.NotFound;
import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.people.AgentAbsence;
import dev.opsdesk.routing.domain.people.AgentShift;
import dev.opsdesk.routing.domain.people.Presence;
import dev.opsdesk.routing.domain.people.Shift;
import dev.opsdesk.routing.domain.template.RoutingTemplate.AgentDef;
import dev.opsdesk.routing.domain.template.TemplateChecks;
import dev.opsdesk.routing.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Agents, their availability, capacity, out-of-office periods and shifts. Whatever may free an
 * agent to take tickets drains the tenant's backlog in the same transaction.
 */
@ApplicationScoped
public class AgentService {

    private final TenantLock lock;
    private final TenantSetup tenants;
    private final Definitions definitions;
    private final Router router;
    private final OutboxWriter outbox;
    private final EndOfDay endOfDay;
    private final AuditLog audit;
    private final Clock clock;

    AgentService(TenantLock lock, TenantSetup tenants, Definitions definitions, Router router, OutboxWriter outbox,
                 EndOfDay endOfDay, AuditLog audit, Clock clock) {
        this.endOfDay = endOfDay;
        this.audit = audit;
        this.lock = lock;
        this.tenants = tenants;
        this.definitions = definitions;
        this.router = router;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An agent with what the API shows of them. */
    public record AgentState(Agent agent, int openTickets, List<AgentAbsence> absences, List<AgentShift> shifts) {
    }

    @Transactional
    public List<AgentState> list(String tenantId) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        return Agent.ofTenant(tenantId).stream().map(a -> state(tenantId, a)).toList();
    }

    @Transactional
    public AgentState get(String tenantId, String agentId) {
        return state(tenantId, agent(tenantId, agentId));
    }

    /** Creates or replaces an agent (groups, skills, capacity, time zone); new agents start offline. */
    @Transactional
    public AgentState put(String tenantId, String agentId, AgentDef def) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        AgentDef withId = new AgentDef(agentId, def.name(), def.groups(), def.skills(), def.capacity(), def.timeZone());
        InvalidDefinition.throwIfAny(TemplateChecks.agent("body", withId, KnownIds.of(tenantId)));
        Instant now = clock.instant();
        Agent existing = Agent.find(tenantId, agentId).orElse(null);
        JsonNode before = audit.snapshot(existing);
        Agent agent = existing != null ? existing
                : Agent.create(tenantId, agentId, def.name() == null ? agentId : def.name(), now);
        if (existing == null) {
            agent.persist();
        }
        definitions.applyAgent(agent, withId);
        audit.record(tenantId, existing == null ? "agent.created" : "agent.updated", "agent", agentId, before,
                audit.snapshot(agent));
        drain(tenantId, now);
        return state(tenantId, agent);
    }

    /**
     * Sets presence. R112: with {@code afterCurrentTicket}, an agent who still owns an open ticket
     * keeps it but gets no new one; the change applies when that ticket closes.
     */
    @Transactional
    public AgentState setPresence(String tenantId, String agentId, Presence presence, boolean afterCurrentTicket) {
        lock.lock(tenantId);
        Agent agent = agent(tenantId, agentId);
        Instant now = clock.instant();
        boolean hasOpen = !RoutedTicket.ownedBy(tenantId, agentId).isEmpty();
        agent.requestPresence(presence, afterCurrentTicket, hasOpen, now);
        if (agent.presence == Presence.ONLINE && agent.pendingPresence == null) {
            drain(tenantId, now);
        } else if (agent.presence == Presence.OFFLINE && agent.pendingPresence == null) {
            // A32: logging off ends the day where the tenant says so; someone online may take the tickets
            Router.Context ctx = router.context(tenantId, tenants.settings(tenantId), now);
            EndOfDay.Result requeued = endOfDay.loggedOff(ctx, agent);
            outbox.append(requeued.events());
            if (!requeued.requeued().isEmpty()) {
                drain(tenantId, now);
            }
        }
        return state(tenantId, agent);
    }

    @Transactional
    public AgentState setCapacity(String tenantId, String agentId, Map<String, Integer> capacity) {
        lock.lock(tenantId);
        Agent agent = agent(tenantId, agentId);
        List<FieldProblem> problems = new ArrayList<>();
        if (capacity == null) {
            problems.add(new FieldProblem("capacity", "is required"));
        } else {
            capacity.forEach((channel, max) -> {
                if (max == null || max < 0) {
                    problems.add(new FieldProblem("capacity." + channel, "must be 0 or more"));
                }
            });
        }
        InvalidDefinition.throwIfAny(problems);
        JsonNode before = audit.snapshot(agent.capacity);
        agent.capacity = new HashMap<>(capacity);
        audit.record(tenantId, "agent.capacity-changed", "agent", agentId, before, audit.snapshot(agent.capacity));
        drain(tenantId, clock.instant());
        return state(tenantId, agent);
    }

    /** A30: an out-of-office period; routing skips the agent while it lasts. */
    @Transactional
    public AgentAbsence addAbsence(String tenantId, String agentId, Instant startsAt, Instant endsAt, String reason) {
        lock.lock(tenantId);
        agent(tenantId, agentId);
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidDefinition(List.of(new FieldProblem("endsAt", "startsAt and endsAt are required and"
                    + " endsAt must be after startsAt")));
        }
        AgentAbsence absence = AgentAbsence.of(tenantId, agentId, startsAt, endsAt, reason);
        absence.persist();
        audit.record(tenantId, "agent.absence-added", "agent", agentId, null, audit.snapshot(absence));
        return absence;
    }

    @Transactional
    public void removeAbsence(String tenantId, String agentId, UUID absenceId) {
        lock.lock(tenantId);
        AgentAbsence absence = AgentAbsence.<AgentAbsence>findByIdOptional(absenceId)
                .filter(a -> a.tenantId.equals(tenantId) && a.agentId.equals(agentId))
                .orElseThrow(() -> new NotFound("No absence " + absenceId + " of agent " + agentId));
        audit.record(tenantId, "agent.absence-removed", "agent", agentId, audit.snapshot(absence), null);
        absence.delete();
        drain(tenantId, clock.instant());
    }

    /** Replaces the agent's weekly shifts; shift ends before now do not count as ends of day already due (A32). */
    @Transactional
    public AgentState setShifts(String tenantId, String agentId, String timeZone, List<Shift> shifts) {
        lock.lock(tenantId);
        Agent agent = agent(tenantId, agentId);
        List<FieldProblem> problems = new ArrayList<>();
        if (timeZone != null) {
            AgentDef zoneOnly = new AgentDef(agentId, null, null, null, null, timeZone);
            problems.addAll(TemplateChecks.agent("body", zoneOnly, KnownIds.of(tenantId)));
        }
        for (int i = 0; shifts != null && i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            if (s == null || s.day() == null || s.starts() == null || s.ends() == null || s.starts().equals(s.ends())) {
                problems.add(new FieldProblem("shifts[" + i + "]", "needs day, starts and ends (different times)"));
            }
        }
        InvalidDefinition.throwIfAny(problems);
        JsonNode before = audit.snapshot(ShiftPlan.of(agent));
        if (timeZone != null) {
            agent.timeZone = timeZone;
        }
        AgentShift.delete("tenantId = ?1 and agentId = ?2", tenantId, agentId);
        if (shifts != null) {
            shifts.forEach(s -> AgentShift.of(tenantId, agentId, s.day(), s.starts(), s.ends()).persist());
        }
        agent.lastEndOfDayAt = clock.instant();
        audit.record(tenantId, "agent.shifts-changed", "agent", agentId, before,
                audit.snapshot(ShiftPlan.of(agent)));
        return state(tenantId, agent);
    }

    /** An agent's shifts as audited: the zone and the weekly shifts, without the rows' ids. */
    private record ShiftPlan(String timeZone, List<Shift> shifts) {
        static ShiftPlan of(Agent agent) {
            return new ShiftPlan(agent.timeZone,
                    AgentShift.ofAgent(agent.tenantId, agent.agentId).stream().map(AgentShift::toShift).toList());
        }
    }

    private void drain(String tenantId, Instant now) {
        List<RoutingEvent> events = router.drain(router.context(tenantId, tenants.settings(tenantId), now), Set.of());
        outbox.append(events);
    }

    private static Agent agent(String tenantId, String agentId) {
        return Agent.find(tenantId, agentId).orElseThrow(() -> new NotFound("No agent " + agentId + " in this tenant"));
    }

    private static AgentState state(String tenantId, Agent agent) {
        return new AgentState(agent, RoutedTicket.ownedBy(tenantId, agent.agentId).size(),
                AgentAbsence.ofAgent(tenantId, agent.agentId), AgentShift.ofAgent(tenantId, agent.agentId));
    }
}
