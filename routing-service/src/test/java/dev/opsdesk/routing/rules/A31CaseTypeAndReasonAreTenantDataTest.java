package dev.opsdesk.routing.rules;

import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A31: case types are the tenant's pick list (Festival: finance-related, festival-related); a case
 * that is both is routed by its primary (first) case type; a rule naming an unknown type is refused.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A31CaseTypeAndReasonAreTenantDataTest {

    @Test
    void aCaseThatIsBothIsRoutedByItsPrimaryCaseType() {
        RoutingApi api = RoutingApi.tenant("a31", "festival");
        api.online("chelsea", "snk");
        UUID festivalFirst = both(api, List.of("festival-related", "finance-related"));
        UUID financeFirst = both(api, List.of("finance-related", "festival-related"));

        api.awaitAssignedTo(festivalFirst, "snk");
        api.awaitAssignedTo(financeFirst, "chelsea");
    }

    @Test
    void aRuleWithACaseTypeOutsideThePickListIsRefusedAndNothingIsStored() {
        RoutingApi api = RoutingApi.tenant("a31", "festival");
        api.supervisor().body(Map.of("name", "Marketing", "priority", 6,
                        "when", Map.of("caseTypes", List.of("marketing-related")),
                        "assignTo", List.of(Map.of("role", "default-owner"))))
                .put(RoutingApi.BASE + "/rules/marketing")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body.when.caseTypes"));
        api.supervisor().get(RoutingApi.BASE + "/rules/marketing").then().statusCode(404);
    }

    private static UUID both(RoutingApi api, List<String> caseTypes) {
        return Cases.classified(api, "Activation and invoice", caseTypes, "festival-activation", "team@fest.example");
    }
}
