package dev.opsdesk.routing.domain;

import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.people.AgentGroup;
import dev.opsdesk.routing.domain.people.Presence;
import dev.opsdesk.routing.domain.people.RoleHolder;
import dev.opsdesk.routing.domain.people.Shift;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's people at one instant: who is there, out of office, on shift, how loaded, who holds
 * which role. The engine asks it; a backlog drain updates the loads as it assigns.
 */
public final class RoutingDirectory {

    private final Instant now;
    private final Map<String, Agent> agents;
    private final Set<String> absent;
    private final Map<String, List<Shift>> shifts;
    private final Map<String, Map<String, Integer>> loads;
    private final Map<String, List<RoleHolder>> holders;
    private final Map<String, AgentGroup> groups;
    private final Map<String, Integer> defaultCapacity;

    public RoutingDirectory(Instant now, Map<String, Agent> agents, Set<String> absent, Map<String, List<Shift>> shifts,
                            Map<String, Map<String, Integer>> loads, Map<String, List<RoleHolder>> holders,
                            Map<String, AgentGroup> groups, Map<String, Integer> defaultCapacity) {
        this.now = now;
        this.defaultCapacity = defaultCapacity == null ? Map.of() : defaultCapacity;
        this.agents = agents;
        this.absent = absent;
        this.shifts = shifts;
        this.loads = new HashMap<>();
        loads.forEach((agent, byChannel) -> this.loads.put(agent, new HashMap<>(byChannel)));
        this.holders = holders;
        this.groups = groups;
    }

    public Instant now() {
        return now;
    }

    public Optional<Agent> agent(String agentId) {
        return Optional.ofNullable(agents.get(agentId));
    }

    public Optional<AgentGroup> group(String groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    public Collection<Agent> agents() {
        return agents.values();
    }

    public List<RoleHolder> holdersOf(String roleId) {
        return holders.getOrDefault(roleId, List.of()).stream().filter(h -> h.effectiveAt(now)).toList();
    }

    public List<Agent> membersOf(String groupId) {
        return agents.values().stream().filter(a -> a.memberOf(groupId))
                .sorted((a, b) -> a.agentId.compareTo(b.agentId)).toList();
    }

    public int load(String agentId, String channel) {
        return loads.getOrDefault(agentId, Map.of()).getOrDefault(channel, 0);
    }

    public void assigned(String agentId, String channel) {
        loads.computeIfAbsent(agentId, a -> new HashMap<>()).merge(channel, 1, Integer::sum);
    }

    public void released(String agentId, String channel) {
        loads.computeIfAbsent(agentId, a -> new HashMap<>()).merge(channel, -1, Integer::sum);
    }

    /**
     * Why this agent cannot take a ticket of this channel now, if they cannot. Never an offline or
     * out-of-office agent (A30: out of office comes from the availability calendar).
     */
    public Optional<SkipReason> ineligibility(Agent agent, String channel, List<String> requiredSkills) {
        if (absent.contains(agent.agentId)) {
            return Optional.of(SkipReason.OUT_OF_OFFICE);
        }
        if (agent.presence == Presence.OFFLINE) {
            return Optional.of(SkipReason.OFFLINE);
        }
        if (agent.presence == Presence.AWAY) {
            return Optional.of(SkipReason.AWAY);
        }
        if (agent.pendingPresence != null) {
            return Optional.of(SkipReason.PENDING_AVAILABILITY_CHANGE); // R112
        }
        List<Shift> own = shifts.getOrDefault(agent.agentId, List.of());
        if (!own.isEmpty() && !Shift.onShift(own, ZoneId.of(agent.timeZone), now)) {
            return Optional.of(SkipReason.OFF_SHIFT);
        }
        if (!agent.hasSkills(requiredSkills)) {
            return Optional.of(SkipReason.MISSING_SKILL);
        }
        int capacity = capacity(agent, channel);
        if (capacity <= 0) {
            return Optional.of(SkipReason.NO_CAPACITY_FOR_CHANNEL);
        }
        if (load(agent.agentId, channel) >= capacity) {
            return Optional.of(SkipReason.AT_CAPACITY);
        }
        return Optional.empty();
    }

    public int capacity(Agent agent, String channel) {
        return agent.capacityFor(channel, defaultCapacity);
    }

    /** True when someone could take a ticket of some channel now (a drain stops when nobody can). */
    public boolean anyoneCanTake(Collection<String> channels) {
        return agents.values().stream().anyMatch(a -> channels.stream()
                .anyMatch(c -> ineligibility(a, c, List.of()).isEmpty()));
    }
}
