package dev.opsdesk.routing.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.RoutingEventsProbe;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The randomized scenario end to end: tickets and closes arrive on ticket-events while agents come
 * and go through the API; the decisions are read from routing-events. Every ticket ends up assigned
 * exactly once, and no agent ever holds more open tickets than their capacity.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RandomizedRoutingThroughKafkaTest {

    static final int TICKETS = 100;
    static final int CAPACITY = 3;

    final Random random = new Random(7L);
    final Map<String, Integer> assignments = new HashMap<>();
    final Map<String, String> ownerOf = new HashMap<>();
    final Set<String> closed = new HashSet<>();

    @Test
    void everyTicketIsAssignedOnceWithinCapacity() {
        RoutingApi api = RoutingApi.tenant("rand-kafka", "default");
        List<String> agents = List.of("k1", "k2", "k3", "k4");
        agents.forEach(a -> api.agent(a, "default", Map.of("*", CAPACITY)));
        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            for (int sent = 0; sent < TICKETS; sent += 10) {
                List<ProducerRecord<String, String>> batch = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    batch.add(TicketEvents.created(api.id(), UUID.randomUUID(), "EMAIL", "Q", "c@example.org",
                            Instant.now()));
                }
                batch.addAll(closeSome(api, probe, 3));
                Kafka.send(batch);
                String agent = agents.get(random.nextInt(agents.size()));
                api.presence(agent, random.nextInt(3) == 0 ? "OFFLINE" : "ONLINE");
            }
            agents.forEach(api::online);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (assignments.size() < TICKETS && System.nanoTime() < deadline) {
                Kafka.send(closeSome(api, probe, 4));
            }
        }
        assertEquals(TICKETS, assignments.size(), "every ticket assigned");
        assignments.forEach((ticket, n) -> assertEquals(1, n, ticket + " assigned once"));
    }

    /** Reads new decisions, checks capacity, and closes up to n open assigned tickets. */
    private List<ProducerRecord<String, String>> closeSome(RoutingApi api, RoutingEventsProbe probe, int n) {
        for (RoutingEventsProbe.Event e : probe.drain(Duration.ofMillis(300))) {
            if (RoutingEventsProbe.of("routing.assignment-decided", api.id()).test(e)
                    && "ASSIGNED".equals(e.data().path("outcome").asText())
                    && !ownerOf.containsKey(e.key() + "@" + e.data().path("decisionId").asText())) {
                ownerOf.put(e.key() + "@" + e.data().path("decisionId").asText(), "seen");
                assignments.merge(e.key(), 1, Integer::sum);
                ownerOf.put(e.key(), e.data().path("agentId").asText());
            }
        }
        Map<String, Long> load = new HashMap<>();
        ownerOf.forEach((ticket, owner) -> {
            if (!ticket.contains("@") && !closed.contains(ticket)) {
                load.merge(owner, 1L, Long::sum);
            }
        });
        load.forEach((agent, open) -> assertTrue(open <= CAPACITY, agent + " holds " + open + " tickets"));
        List<ProducerRecord<String, String>> closes = new ArrayList<>();
        for (String ticket : List.copyOf(ownerOf.keySet())) {
            if (closes.size() < n && !ticket.contains("@") && closed.add(ticket)) {
                closes.add(TicketEvents.statusChanged(api.id(), UUID.fromString(ticket), "SOLVED", "SOLVED", Instant.now()));
            }
        }
        return closes;
    }
}
