package dev.opsdesk.routing.security;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.Sla;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation (BOLA): every routing endpoint that takes an id answers 404 for another tenant's
 * agent, absence, rule, policy, ticket or alert, exactly as for an id that does not exist; a
 * create-or-replace with another tenant's id creates the caller's own entity and leaves theirs alone.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OtherTenantsIdsAnswer404Test {

    static final String B = RoutingApi.BASE;

    @Test
    void anotherTenantsIdsAreNotFoundAndStayAsTheyWere() {
        RoutingApi theirs = RoutingApi.tenant("theirs", "default");
        RoutingApi mine = RoutingApi.tenant("mine", "default");
        mine.agent("test-agent", "default", Map.of("*", 2));
        theirs.agent("their-agent", "default", Map.of("*", 2));
        String absence = theirs.absent("their-agent", Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-01-02T00:00:00Z"));
        Map<String, Object> rule = Map.of("name", "theirs", "priority", 1, "when", Map.of(),
                "assignTo", List.of(Map.of("group", "default")));
        theirs.supervisor().body(rule).put(B + "/rules/their-rule").then().statusCode(200);
        Sla.policy(theirs, "their-policy", Map.of("name", "theirs", "targets",
                Map.of("RESOLUTION", Map.of("target", "P1D", "businessHours", false)), "escalation", "NONE"));
        List<UUID> tickets = spike(theirs);
        UUID ticket = tickets.get(0);
        String alert = theirs.supervisor().get(B + "/alerts").then().statusCode(200).body("", hasSize(1))
                .extract().path("[0].alertId");

        List<Function<RoutingApi, Response>> calls = List.of(
                api -> api.supervisor().get(B + "/agents/their-agent"),
                api -> api.supervisor().body(Map.of("presence", "ONLINE")).put(B + "/agents/their-agent/availability"),
                api -> api.supervisor().body(Map.of("capacity", Map.of("*", 9))).put(B + "/agents/their-agent/capacity"),
                api -> api.supervisor().body(Map.of("shifts", List.of())).put(B + "/agents/their-agent/shifts"),
                api -> api.supervisor().body(Map.of("startsAt", "2030-02-01T00:00:00Z", "endsAt", "2030-02-02T00:00:00Z"))
                        .post(B + "/agents/their-agent/absences"),
                api -> api.supervisor().delete(B + "/agents/their-agent/absences/" + absence),
                api -> api.supervisor().get(B + "/rules/their-rule"),
                api -> api.supervisor().delete(B + "/rules/their-rule"),
                api -> api.supervisor().get(B + "/sla-policies/their-policy"),
                api -> api.supervisor().delete(B + "/sla-policies/their-policy"),
                api -> api.supervisor().get(B + "/tickets/" + ticket + "/decision"),
                api -> api.supervisor().get(B + "/tickets/" + ticket + "/sla"),
                api -> api.supervisor().body(Map.of()).post(B + "/tickets/" + ticket + "/delegate"),
                api -> api.as("test-agent", "agent").body(Map.of("ticketIds", List.of(ticket.toString())))
                        .post(B + "/queues/default/accept"),
                api -> api.supervisor().get(B + "/alerts/" + alert),
                api -> api.as("dir", "director").body(Map.of("note", "seen")).post(B + "/alerts/" + alert + "/acknowledge"));
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Response response = calls.get(i).apply(mine);
            if (response.statusCode() != 404 || !response.getContentType().startsWith("application/problem+json")) {
                leaks.add("call " + i + ": " + response.statusCode() + " " + response.asString());
            }
        }
        assertEquals(List.of(), leaks);

        // create-or-replace with their id makes mine, never theirs
        mine.supervisor().body(Map.of("name", "mine", "priority", 1, "when", Map.of(),
                "assignTo", List.of(Map.of("group", "default")))).put(B + "/rules/their-rule").then().statusCode(200);
        mine.supervisor().get(B + "/queues/default/tickets").then().statusCode(200).body("", hasSize(0));

        theirs.supervisor().get(B + "/rules/their-rule").then().statusCode(200).body("name", equalTo("theirs"));
        theirs.supervisor().get(B + "/sla-policies/their-policy").then().statusCode(200);
        theirs.supervisor().get(B + "/agents/their-agent").then().statusCode(200)
                .body("presence", equalTo("OFFLINE")).body("absences", hasSize(1));
        theirs.supervisor().get(B + "/alerts/" + alert).then().statusCode(200).body("acknowledgements", hasSize(0));
        theirs.supervisor().get(B + "/tickets/" + ticket + "/decision").then().statusCode(200)
                .body("state", equalTo("QUEUED"));
    }

    @Test
    void aMalformedIdIsNotFoundToo() {
        RoutingApi mine = RoutingApi.tenant("mine", "default");
        mine.supervisor().get(B + "/alerts/not-a-uuid").then().statusCode(404).body("type", endsWith("/not-found"));
    }

    /** Five cases with one subject in the window raise a pattern alert (A29). */
    private static List<UUID> spike(RoutingApi api) {
        List<UUID> ids = new ArrayList<>();
        Instant t = Instant.now().minusSeconds(600);
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            Kafka.send(TicketEvents.created(api.id(), id, "EMAIL", "Parcel never arrived", "c" + i + "@gmail.com",
                    t.plusSeconds(i)));
        }
        ids.forEach(api::awaitQueued);
        return ids;
    }
}
