package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R112 (Ozon: one pushed task at a time): an operator with a pending break or activity change keeps
 * the current task but gets no new one after closing it; the break applies when that task closes.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R112PendingBreakStopsThePushAfterTheCurrentTicketTest {

    @Test
    void anOperatorWithAPendingBreakGetsNoNewTaskAfterClosingTheCurrentOneAndOneWithoutDoes() {
        RoutingApi api = RoutingApi.tenant("r112", "ozon");
        api.agent("anna", "operators", Map.of());
        api.agent("boris", "operators", Map.of());
        api.online("anna", "boris");
        UUID first = task(api, "Посылка не пришла");
        UUID second = task(api, "Не могу оплатить");
        api.awaitAssignedTo(first, "anna");
        api.awaitAssignedTo(second, "boris");

        // anna asks for a break while working her task: it waits for the task to close
        api.as("anna", "agent").body(Map.of("presence", "AWAY", "afterCurrentTicket", true))
                .put(RoutingApi.BASE + "/agents/anna/availability").then().statusCode(200);
        var anna = api.supervisor().get(RoutingApi.BASE + "/agents/anna").then().extract().jsonPath();
        assertEquals("ONLINE", anna.getString("presence"));
        assertEquals("AWAY", anna.getString("pendingPresence"));
        UUID waiting = task(api, "Где мой заказ?");
        api.awaitQueued(waiting);

        Kafka.send(TicketEvents.statusChanged(api.id(), first, "CLOSED", "SOLVED", Instant.now()));
        api.awaitDecision(first, d -> "CLOSED".equals(d.getString("state")));
        anna = api.supervisor().get(RoutingApi.BASE + "/agents/anna").then().extract().jsonPath();
        assertEquals("AWAY", anna.getString("presence"));
        assertNull(anna.getString("pendingPresence"));
        var stillWaiting = api.decision(waiting);
        assertEquals("QUEUED", stillWaiting.getString("state"));

        // boris has no pending change: closing his task pushes the waiting one to him
        Kafka.send(TicketEvents.statusChanged(api.id(), second, "CLOSED", "SOLVED", Instant.now()));
        var pushed = api.awaitAssignedTo(waiting, "boris");
        assertEquals("BACKLOG_DRAIN", pushed.getString("decision.trigger"));
    }

    private static UUID task(RoutingApi api, String subject) {
        UUID ticket = UUID.randomUUID();
        Kafka.send(TicketEvents.created(api.id(), ticket, "CHAT", subject, "client@example.ru", Instant.now()));
        api.awaitDecisions(ticket, 1);
        return ticket;
    }
}
