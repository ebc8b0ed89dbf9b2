package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R120: premium judging goes to Blake while the "until further notice" rule is in force, and not after. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R120PremiumJudgingUntilFurtherNoticeTest {

    @Test
    void whileTheRuleIsInForceBlakeTakesPremiumJudging() {
        RoutingApi api = RoutingApi.tenant("r120", "festival");
        api.online("blake", "chelsea");

        UUID judging = Cases.classified(api, "festival-related", "premium-judging", "fest@example.org");

        assertEquals("premium-judging", api.awaitAssignedTo(judging, "blake").getString("decision.ruleId"));
    }

    @Test
    void onceTheRuleIsEndedPremiumJudgingNoLongerGoesToBlake() {
        RoutingApi api = RoutingApi.tenant("r120", "festival");
        api.online("blake", "chelsea");
        Map<String, Object> rule = api.supervisor().get(RoutingApi.BASE + "/rules/premium-judging").then()
                .statusCode(200).extract().jsonPath().getMap("");
        rule.put("effectiveUntil", Instant.now().minusSeconds(60).toString());
        api.supervisor().body(rule).put(RoutingApi.BASE + "/rules/premium-judging").then().statusCode(200);

        UUID judging = Cases.classified(api, "festival-related", "premium-judging", "fest@example.org");

        var decision = api.awaitQueued(judging);
        assertNull(decision.getString("ownerId"));
        assertEquals("rule:premium-judging", decision.getString("decision.fallbacksTried[0].target"));
        assertEquals("RULE_NOT_EFFECTIVE", decision.getString("decision.fallbacksTried[0].reason"));
    }
}
