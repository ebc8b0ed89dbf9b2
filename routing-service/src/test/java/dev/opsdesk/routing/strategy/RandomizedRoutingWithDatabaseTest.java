package dev.opsdesk.routing.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.domain.people.Presence;
import dev.opsdesk.routing.messaging.in.TicketCreatedData;
import dev.opsdesk.routing.messaging.in.TicketEventData;
import dev.opsdesk.routing.service.AgentService;
import dev.opsdesk.routing.service.TicketIntake;
import dev.opsdesk.routing.service.TicketLifecycle;
import dev.opsdesk.routing.support.Db;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The randomized routing properties through the service layer and the real database (one
 * transaction per step, as the consumer and the API run them): random arrivals, closes,
 * availability, out-of-office periods and capacity changes. No assignment exceeds capacity or goes
 * to an unavailable agent; once everyone is available every ticket is assigned exactly once.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RandomizedRoutingWithDatabaseTest {

    static final int TICKETS = Integer.getInteger("routing.db.tickets", 500);
    static final List<String> CHANNELS = List.of("CHAT", "EMAIL");

    @Inject
    TicketIntake intake;
    @Inject
    TicketLifecycle lifecycle;
    @Inject
    AgentService agents;

    final Random random = new Random(Long.getLong("routing.seed", 424242L));
    final Map<String, Presence> presence = new HashMap<>();
    /** R112: agents with a pending change, and to what. */
    final Map<String, Presence> pending = new HashMap<>();
    final Map<String, String> absences = new HashMap<>();
    final Map<String, Map<String, Integer>> capacity = new HashMap<>();
    /** Open assigned tickets: ticket → owner and channel, as the events say. */
    final Map<UUID, String[]> owned = new HashMap<>();
    final Map<UUID, String> channelOf = new HashMap<>();
    final Map<UUID, Integer> assigned = new HashMap<>();
    String tenant;
    long lastSeq;

    @Test
    void propertiesHoldThroughTheDatabase() {
        RoutingApi api = RoutingApi.tenant("rand-db", "default");
        tenant = api.id();
        for (int i = 0; i < 6; i++) {
            String a = "agent-" + i;
            Map<String, Integer> cap = new HashMap<>(Map.of("CHAT", 1 + random.nextInt(2), "EMAIL", 2 + random.nextInt(3)));
            api.agent(a, "default", cap);
            capacity.put(a, cap);
            presence.put(a, Presence.OFFLINE);
        }
        int created = 0;
        while (created < TICKETS) {
            int op = random.nextInt(100);
            if (op < 45) {
                created++;
                arrive();
            } else if (op < 78) {
                closeOne();
            } else if (op < 90) {
                changePresence();
            } else if (op < 96) {
                toggleAbsence();
            } else {
                changeCapacity();
            }
            checkNewDecisions();
        }
        for (String a : List.copyOf(presence.keySet())) {
            if (absences.containsKey(a)) {
                agents.removeAbsence(tenant, a, UUID.fromString(absences.remove(a)));
                checkNewDecisions();
            }
            presence.put(a, Presence.ONLINE);
            pending.remove(a);
            agents.setPresence(tenant, a, Presence.ONLINE, false);
            checkNewDecisions();
        }
        for (int round = 0; round < 10 * TICKETS && queued() > 0; round++) {
            closeOne();
            checkNewDecisions();
        }
        assertEquals(0, queued(), "tickets left waiting");
        assertEquals(TICKETS, channelOf.size());
        channelOf.keySet().forEach(t -> assertEquals(1, assigned.getOrDefault(t, 0), "ticket " + t + " assigned once"));
    }

    private void arrive() {
        UUID id = UUID.randomUUID();
        String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
        channelOf.put(id, channel);
        intake.ticketCreated(UUID.randomUUID(), new TicketCreatedData(id, tenant, channel, "s " + id, "NEW", "NEW",
                new TicketCreatedData.Requester("c@" + id + ".example"), null, Instant.now()));
    }

    /** The model changes first (the ticket no longer takes capacity, a pending break applies), then the service. */
    private void closeOne() {
        if (owned.isEmpty()) {
            return;
        }
        List<UUID> open = new ArrayList<>(owned.keySet());
        UUID ticket = open.get(random.nextInt(open.size()));
        String owner = owned.remove(ticket)[0];
        Presence waiting = pending.remove(owner);
        if (waiting != null) {
            presence.put(owner, waiting); // R112: the break applies when the ticket closes
        }
        lifecycle.statusChanged(UUID.randomUUID(), new TicketEventData.StatusChanged(ticket, tenant,
                new TicketEventData.Status("SOLVED", "SOLVED"), Instant.now()));
    }

    private void changePresence() {
        String a = "agent-" + random.nextInt(presence.size());
        int roll = random.nextInt(4);
        Presence wanted = roll < 2 ? Presence.ONLINE : roll == 2 ? Presence.AWAY : Presence.OFFLINE;
        boolean afterCurrent = random.nextBoolean();
        boolean hasOpen = owned.values().stream().anyMatch(o -> o[0].equals(a));
        if (afterCurrent && hasOpen && wanted != Presence.ONLINE) {
            pending.put(a, wanted);
        } else {
            presence.put(a, wanted);
            pending.remove(a);
        }
        var state = agents.setPresence(tenant, a, wanted, afterCurrent);
        assertEquals(presence.get(a), state.agent().presence);
    }

    private void toggleAbsence() {
        String a = "agent-" + random.nextInt(presence.size());
        if (absences.containsKey(a)) {
            agents.removeAbsence(tenant, a, UUID.fromString(absences.remove(a)));
        } else {
            String id = agents.addAbsence(tenant, a, Instant.now().minus(Duration.ofMinutes(1)),
                    Instant.now().plus(Duration.ofDays(1)), "random").id.toString();
            absences.put(a, id);
        }
    }

    private void changeCapacity() {
        String a = "agent-" + random.nextInt(presence.size());
        capacity.get(a).put(CHANNELS.get(random.nextInt(CHANNELS.size())), random.nextInt(4));
        agents.setCapacity(tenant, a, capacity.get(a));
    }

    /** Every assignment the step made (consumer path or API drain), in order, against the model. */
    private void checkNewDecisions() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("select ticket_id, agent_id, seq from assignment_decision where tenant_id = ?1"
                        + " and outcome = 'ASSIGNED' and seq > ?2 order by seq", Object[].class)
                .setParameter(1, tenant).setParameter(2, lastSeq).getResultList());
        for (Object[] row : rows) {
            assign((UUID) row[0], (String) row[1]);
            lastSeq = ((Number) row[2]).longValue();
        }
    }

    private void assign(UUID ticket, String agent) {
        assertEquals(Presence.ONLINE, presence.get(agent), ticket + " went to " + agent + " who is " + presence.get(agent));
        assertFalse(pending.containsKey(agent), ticket + " went to " + agent + " who asked for a break (R112)");
        assertFalse(absences.containsKey(agent), ticket + " went to " + agent + " who is out of office");
        String channel = channelOf.get(ticket);
        long load = owned.values().stream().filter(o -> o[0].equals(agent) && o[1].equals(channel)).count();
        assertTrue(load < capacity.get(agent).get(channel), agent + " over capacity for " + channel);
        assertFalse(owned.containsKey(ticket), ticket + " assigned twice");
        owned.put(ticket, new String[] {agent, channel});
        assigned.merge(ticket, 1, Integer::sum);
    }

    private long queued() {
        return Db.count("select count(*) from routing_ticket where tenant_id = ?1 and state = 'QUEUED'", tenant);
    }
}
