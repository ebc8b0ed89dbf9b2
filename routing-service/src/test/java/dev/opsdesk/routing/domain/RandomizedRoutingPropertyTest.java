package dev.opsdesk.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.people.AgentGroup;
import dev.opsdesk.routing.domain.people.Presence;
import dev.opsdesk.routing.domain.people.RoleHolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 10,000 tickets routed by the production engine, drain and bookkeeping (RoutingEngine, BacklogDrain,
 * Assignments, RoutingDirectory) with random availability, absence, capacity and status changes,
 * one "transaction" per step as the service runs them. Properties: no assignment exceeds the
 * agent's capacity for the channel, none goes to an offline, away, absent or pending-break agent,
 * and once everyone is available every ticket is assigned exactly once. The database-backed and
 * Kafka versions are RandomizedRoutingWithDatabaseTest and RandomizedRoutingThroughKafkaTest.
 */
class RandomizedRoutingPropertyTest {

    static final int TICKETS = 10_000;
    static final List<String> CHANNELS = List.of("CHAT", "EMAIL", "PHONE");
    static final TenantSettings SETTINGS = new TenantSettings("pool", TenantSettings.Unmatched.ROUTE, false, List.of(),
            Map.of("*", 3), List.of(StatusCategory.WAITING_CUSTOMER), new TenantSettings.EndOfDay(false, 15),
            new TenantSettings.Spikes(50, 2, 4, 5, 60, true, List.of(), "director"), false, "UTC");

    final Random random = new Random(Long.getLong("routing.seed", 20261201L));
    final Map<String, Agent> agents = new LinkedHashMap<>();
    final Set<String> absent = new HashSet<>();
    final Map<String, AgentGroup> groups = new HashMap<>();
    final Map<String, List<RoleHolder>> holders = new HashMap<>();
    final List<RoutingRule> rules = new ArrayList<>();
    final List<RoutedTicket> tickets = new ArrayList<>();
    /** The tickets not closed yet (closed ones never take capacity nor wait, so the steps look only here). */
    final List<RoutedTicket> open = new ArrayList<>();
    final Map<UUID, Integer> assignments = new HashMap<>();
    Instant now = Instant.parse("2026-06-01T08:00:00Z");
    int maxBacklog;

    @Test
    void capacityIsNeverExceededNobodyUnavailableGetsATicketAndEveryTicketIsAssignedOnce() {
        setUp();
        int created = 0;
        while (created < TICKETS) {
            now = now.plusSeconds(1);
            int op = random.nextInt(100);
            if (op < 45) {
                created++;
                newTicket();
            } else if (op < 78) {
                close(StatusCategory.SOLVED);
            } else if (op < 80) {
                close(StatusCategory.WAITING_CUSTOMER);
            } else if (op < 90) {
                presence();
            } else if (op < 95) {
                absence();
            } else {
                capacity();
            }
        }
        everyoneAvailable();
        for (int round = 0; round < 100_000 && open.stream().anyMatch(t -> t.state == TicketState.QUEUED); round++) {
            now = now.plusSeconds(1);
            close(StatusCategory.SOLVED);
        }
        assertFalse(open.stream().anyMatch(t -> t.state == TicketState.QUEUED), "tickets left waiting");
        assertEquals(TICKETS, tickets.size());
        System.out.println("randomized routing: " + TICKETS + " tickets, largest backlog " + maxBacklog);
        for (RoutedTicket t : tickets) {
            assertEquals(1, assignments.getOrDefault(t.ticketId, 0), "ticket " + t.ticketId + " assigned once");
        }
    }

    private void setUp() {
        groups.put("pool", AgentGroup.of("t", "pool", "pool", Strategy.LEAST_LOADED));
        groups.put("vip", AgentGroup.of("t", "vip", "vip", Strategy.ROUND_ROBIN));
        for (int i = 0; i < 8; i++) {
            Agent a = Agent.create("t", "agent-" + i, "Agent " + i, now);
            a.groups = i < 3 ? new String[] {"pool", "vip"} : new String[] {"pool"};
            a.capacity = new HashMap<>(Map.of("CHAT", 1 + random.nextInt(3), "EMAIL", 2 + random.nextInt(6),
                    "PHONE", i % 3 == 0 ? 0 : 2));
            a.presence = random.nextBoolean() ? Presence.ONLINE : Presence.OFFLINE;
            agents.put(a.agentId, a);
        }
        holders.put("vip-owner", List.of(RoleHolder.of("t", "vip-owner", "agent-0", null, now.minusSeconds(3600), null)));
        RoutingRule vip = new RoutingRule();
        vip.ruleId = "vip";
        vip.name = "VIP store";
        vip.priority = 1;
        vip.conditions = new RuleConditions(null, null, null, List.of("VIP"), null, null);
        vip.targets = List.of(RuleTarget.ofRole("vip-owner"), RuleTarget.ofGroup("vip"));
        rules.add(vip);
    }

    private RoutingDirectory directory() {
        Map<String, Map<String, Integer>> loads = new HashMap<>();
        for (RoutedTicket t : open) {
            if (t.takesCapacity(SETTINGS)) {
                loads.computeIfAbsent(t.ownerId, a -> new HashMap<>()).merge(t.channel, 1, Integer::sum);
            }
        }
        return new RoutingDirectory(now, agents, Set.copyOf(absent), Map.of(), loads, holders, groups,
                SETTINGS.defaultCapacity());
    }

    private void newTicket() {
        RoutedTicket t = RoutedTicket.received(UUID.randomUUID(), "t", CHANNELS.get(random.nextInt(3)), "s",
                "c@example.org", random.nextInt(10) == 0 ? "VIP" : null, "NEW", StatusCategory.NEW, now);
        t.setPriority(Priority.values()[random.nextInt(4)]);
        t.groupId = "pool";
        tickets.add(t);
        open.add(t);
        RoutingDirectory directory = directory();
        Decision decision = RoutingEngine.decide(t, SETTINGS, rules, directory, Set.of());
        if (decision.assigned()) {
            assign(t, decision, directory);
        } else {
            Assignments.apply(t, decision, UUID.randomUUID(), SETTINGS, directory, now);
        }
    }

    /** What the service does when a status change frees capacity: the pending break applies, then a drain. */
    private void close(StatusCategory category) {
        List<RoutedTicket> owned = open.stream().filter(t -> t.state == TicketState.ASSIGNED
                && t.statusCategory != category).toList();
        if (owned.isEmpty()) {
            drain();
            return;
        }
        RoutedTicket t = owned.get(random.nextInt(owned.size()));
        t.statusChanged(category.name(), category);
        if (category.closed()) {
            open.remove(t);
            agents.get(t.ownerId).applyPendingPresence(now); // R112
        }
        drain();
    }

    private void presence() {
        Agent a = randomAgent();
        int roll = random.nextInt(4);
        Presence wanted = roll < 2 ? Presence.ONLINE : roll == 2 ? Presence.AWAY : Presence.OFFLINE;
        boolean hasOpen = open.stream().anyMatch(t -> t.state == TicketState.ASSIGNED && a.agentId.equals(t.ownerId));
        a.requestPresence(wanted, random.nextBoolean(), hasOpen, now);
        drain();
    }

    private void absence() {
        Agent a = randomAgent();
        if (!absent.remove(a.agentId)) {
            absent.add(a.agentId);
        }
        drain();
    }

    private void capacity() {
        Agent a = randomAgent();
        a.capacity.put(CHANNELS.get(random.nextInt(3)), random.nextInt(5));
        drain();
    }

    private void drain() {
        RoutingDirectory directory = directory();
        List<RoutedTicket> backlog = open.stream().filter(t -> t.state == TicketState.QUEUED)
                .sorted(BacklogDrain.ORDER).toList();
        maxBacklog = Math.max(maxBacklog, backlog.size());
        BacklogDrain.page(backlog, SETTINGS, rules, directory, (t, d) -> assign(t, d, directory));
    }

    /** Checks the properties against the test's own view of the agent before the assignment is applied. */
    private void assign(RoutedTicket t, Decision d, RoutingDirectory directory) {
        Agent a = agents.get(d.agentId());
        assertEquals(Presence.ONLINE, a.presence, "assigned to an agent who is " + a.presence);
        assertFalse(absent.contains(a.agentId), "assigned to an out-of-office agent");
        assertEquals(null, a.pendingPresence, "assigned to an agent with a pending break (R112)");
        long load = open.stream().filter(x -> x.takesCapacity(SETTINGS) && a.agentId.equals(x.ownerId)
                && x.channel.equals(t.channel)).count();
        int capacity = a.capacity.getOrDefault(t.channel, 3);
        assertTrue(load < capacity, a.agentId + " has " + load + " " + t.channel + " tickets of " + capacity);
        assertNotEquals(TicketState.ASSIGNED, t.state, "ticket assigned twice");
        assignments.merge(t.ticketId, 1, Integer::sum);
        Assignments.apply(t, d, UUID.randomUUID(), SETTINGS, directory, now);
    }

    private void everyoneAvailable() {
        absent.clear();
        for (Agent a : agents.values()) {
            a.requestPresence(Presence.ONLINE, false, false, now);
            a.capacity.replaceAll((c, v) -> Math.max(v, 2));
        }
        drain();
    }

    private Agent randomAgent() {
        return agents.get("agent-" + random.nextInt(agents.size()));
    }
}
