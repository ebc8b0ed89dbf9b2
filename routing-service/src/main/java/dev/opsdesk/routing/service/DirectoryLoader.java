package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RoutingDirectory;
import dev.opsdesk.routing.domain.StatusCategory;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.TicketState;
import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.people.AgentAbsence;
import dev.opsdesk.routing.domain.people.AgentGroup;
import dev.opsdesk.routing.domain.people.AgentShift;
import dev.opsdesk.routing.domain.people.RoleHolder;
import dev.opsdesk.routing.domain.people.Shift;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a tenant's people, absences, shifts, loads, role holders and groups as they are now. */
@ApplicationScoped
public class DirectoryLoader {

    private final EntityManager em;

    DirectoryLoader(EntityManager em) {
        this.em = em;
    }

    public RoutingDirectory load(String tenantId, TenantSettings settings, Instant now) {
        Map<String, Agent> agents = new LinkedHashMap<>();
        for (Agent agent : Agent.ofTenant(tenantId)) {
            agents.put(agent.agentId, agent);
        }
        Set<String> absent = AgentAbsence.activeAt(tenantId, now).stream().map(a -> a.agentId).collect(Collectors.toSet());
        Map<String, List<Shift>> shifts = AgentShift.ofTenant(tenantId).stream()
                .collect(Collectors.groupingBy(s -> s.agentId, Collectors.mapping(AgentShift::toShift, Collectors.toList())));
        Map<String, List<RoleHolder>> holders = RoleHolder.ofTenant(tenantId).stream()
                .collect(Collectors.groupingBy(h -> h.roleId));
        Map<String, AgentGroup> groups = AgentGroup.ofTenant(tenantId).stream()
                .collect(Collectors.toMap(g -> g.groupId, g -> g));
        return new RoutingDirectory(now, agents, absent, shifts, loads(tenantId, settings), holders, groups,
                settings.defaultCapacity());
    }

    /** Open tickets each agent owns per channel, leaving out the categories that release capacity. */
    public Map<String, Map<String, Integer>> loads(String tenantId, TenantSettings settings) {
        List<StatusCategory> released = settings.capacityReleasedIn() == null ? List.of() : settings.capacityReleasedIn();
        String jpql = "select t.ownerId, t.channel, count(t) from RoutedTicket t where t.tenantId = :tenant"
                + " and t.state = :assigned and t.ownerId is not null"
                + (released.isEmpty() ? "" : " and t.statusCategory not in :released")
                + " group by t.ownerId, t.channel";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                .setParameter("tenant", tenantId)
                .setParameter("assigned", TicketState.ASSIGNED);
        if (!released.isEmpty()) {
            query.setParameter("released", released);
        }
        Map<String, Map<String, Integer>> loads = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            loads.computeIfAbsent((String) row[0], a -> new HashMap<>()).put((String) row[1], ((Number) row[2]).intValue());
        }
        return loads;
    }
}
