package dev.opsdesk.routing.rules;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.RoutingEventsProbe;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R116 (warn): when the support queue is unusually large the director is alerted, and an agent
 * acknowledges the alert before assigning from that queue (or overrides the warning with a reason).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R116AcknowledgeTheVolumeAlertBeforeAssigningTest {

    RoutingApi api;
    List<UUID> cases = new ArrayList<>();
    String alertId;

    @BeforeEach
    void anUnusuallyLargeSupportQueue() {
        api = RoutingApi.tenant("r116", "festival");
        Map<String, Object> settings = api.supervisor().get(RoutingApi.BASE + "/settings").then().statusCode(200)
                .extract().jsonPath().getMap("settings");
        @SuppressWarnings("unchecked")
        Map<String, Object> spikes = (Map<String, Object>) settings.get("spikes");
        spikes.put("volumeAbsolute", 3);
        api.supervisor().body(settings).put(RoutingApi.BASE + "/settings").then().statusCode(200);
        api.agent("front", "support-queue", Map.of("*", 20));
        api.agent("second", "support-queue", Map.of("*", 20));
        api.online("front", "second");
        for (int i = 0; i < 4; i++) {
            cases.add(Cases.arrive(api, "Question " + i, "user" + i + "@example.org"));
        }
        cases.forEach(c -> api.awaitDecisions(c, 1));
        alertId = api.as("dir", "director").get(RoutingApi.BASE + "/alerts").then().statusCode(200)
                .body("find { it.kind == 'VOLUME' }.recipientRole", equalTo("director"))
                .extract().path("find { it.kind == 'VOLUME' }.alertId");
    }

    @Test
    void anAgentWhoHasNotAcknowledgedTheAlertIsWarnedAndNothingIsAssigned() {
        api.as("front", "agent").body(Map.of("ticketIds", List.of(cases.get(0).toString())))
                .post(RoutingApi.BASE + "/queues/support-queue/accept")
                .then().statusCode(422)
                .body("type", endsWith("/rule-warning"))
                .body("rule", equalTo("R116"));
        assertEquals("QUEUED", api.decision(cases.get(0)).getString("state"));
    }

    @Test
    void afterAcknowledgingTheAlertTheAgentAssigns() {
        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            api.as("front", "agent").body(Map.of("note", "seen"))
                    .post(RoutingApi.BASE + "/alerts/" + alertId + "/acknowledge").then().statusCode(200);
            var ack = probe.awaitOne(RoutingEventsProbe.of("routing.alert-acknowledged", api.id()));
            assertEquals("front", ack.data().path("acknowledgedBy").asText());
        }

        api.as("front", "agent").body(Map.of("ticketIds", List.of(cases.get(0).toString())))
                .post(RoutingApi.BASE + "/queues/support-queue/accept").then().statusCode(200);
        assertEquals("front", api.decision(cases.get(0)).getString("ownerId"));
    }

    @Test
    void theWarningCanBeOverriddenWithAReason() {
        api.as("second", "agent").body(Map.of("ticketIds", List.of(cases.get(1).toString()),
                        "override", Map.of("rules", List.of("R116"), "reason", "director called me")))
                .post(RoutingApi.BASE + "/queues/support-queue/accept").then().statusCode(200);
        assertEquals("second", api.decision(cases.get(1)).getString("ownerId"));
    }

    @Test
    void theDirectorsAcknowledgementMarksTheAlertAcknowledged() {
        api.as("dir", "director").post(RoutingApi.BASE + "/alerts/" + alertId + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgements[0].role", equalTo("director"));
    }
}
