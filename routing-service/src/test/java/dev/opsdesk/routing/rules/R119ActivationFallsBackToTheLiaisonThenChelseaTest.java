package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R119, A30: a festival activation or listing change goes to SNK; if SNK is out of the office, to
 * the liaison of that festival (if any and available), and otherwise to Chelsea.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R119ActivationFallsBackToTheLiaisonThenChelseaTest {

    RoutingApi api;

    @BeforeEach
    void festivalWithALiaisonForSundance() {
        api = RoutingApi.tenant("r119", "festival");
        api.agent("lia", null, Map.of("*", 10));
        api.supervisor().body(Map.of("name", "Festival liaison", "holders", List.of(Map.of("agent", "lia",
                        "scope", "sundance.example", "from", "2008-07-01T00:00:00Z"))))
                .put(RoutingApi.BASE + "/roles/festival-liaison").then().statusCode(200);
        api.online("chelsea", "snk", "lia");
    }

    @Test
    void snkTakesActivationsWhileInTheOffice() {
        UUID activation = Cases.classified(api, "festival-related", "festival-activation", "team@sundance.example");

        var decision = api.awaitAssignedTo(activation, "snk");
        assertEquals("festival-activation-listing-change", decision.getString("decision.ruleId"));
        assertEquals(List.of(), decision.getList("decision.fallbacksTried"));
    }

    @Test
    void whenSnkIsOutOfTheOfficeTheFestivalsLiaisonTakesIt() {
        api.absent("snk", Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(3)));

        UUID listing = Cases.classified(api, "festival-related", "listing-change", "team@sundance.example");

        var decision = api.awaitAssignedTo(listing, "lia");
        assertEquals("festival-liaison", decision.getString("decision.roleId"));
        assertEquals("role:festival-activation-owner", decision.getString("decision.fallbacksTried[0].target"));
        assertEquals("OUT_OF_OFFICE", decision.getString("decision.fallbacksTried[0].reason"));
        assertEquals("snk", decision.getString("decision.fallbacksTried[0].agentId"));
    }

    @Test
    void whenSnkIsOutAndTheFestivalHasNoLiaisonChelseaTakesIt() {
        api.absent("snk", Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(3)));

        UUID activation = Cases.classified(api, "festival-related", "festival-activation", "office@tribeca.example");

        var decision = api.awaitAssignedTo(activation, "chelsea");
        assertEquals("default-owner", decision.getString("decision.roleId"));
        assertEquals(List.of("OUT_OF_OFFICE", "NO_HOLDER"), decision.getList("decision.fallbacksTried.reason"));
    }
}
