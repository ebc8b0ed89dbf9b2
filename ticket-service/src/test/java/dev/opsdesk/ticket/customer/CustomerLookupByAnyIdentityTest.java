package dev.opsdesk.ticket.customer;

import static dev.opsdesk.ticket.customer.Customers.create;
import static dev.opsdesk.ticket.customer.Customers.get;
import static dev.opsdesk.ticket.customer.Customers.lookup;
import static dev.opsdesk.ticket.customer.Customers.uniqueDigits;
import static dev.opsdesk.ticket.customer.Customers.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A44: one customer, recognised by any of its e-mails, phones or social handles, however written. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CustomerLookupByAnyIdentityTest {

    @Test
    void aCustomerIsFoundByEachOfItsIdentitiesWrittenAnyWay() {
        String email = uniqueEmail("Ana");
        String digits = uniqueDigits();
        String handle = "ana_" + digits;
        String id = create("crazysales", Map.of(
                "displayName", "Ana Souza",
                "emails", List.of(email.toUpperCase()),
                "phones", List.of("+61 (2) " + digits),
                "socialHandles", List.of(Map.of("network", "Facebook", "handle", "@" + handle.toUpperCase()))))
                .statusCode(201)
                .header("Location", containsString("/api/v1/customers/"))
                .body("displayName", equalTo("Ana Souza"))
                .body("legalEntity", equalTo(false))
                .body("identities.value", containsInAnyOrder(email.toLowerCase(), "+612" + digits, "facebook:" + handle))
                .extract().path("id");

        lookup("crazysales", "email", email.toUpperCase()).statusCode(200).body("id", equalTo(id));
        lookup("crazysales", "phone", "+61-2-" + digits).statusCode(200).body("id", equalTo(id));
        lookup("crazysales", "social", "FACEBOOK:@" + handle).statusCode(200).body("id", equalTo(id));
        get("crazysales", "/" + id).statusCode(200).body("identities.kind", hasItem("SOCIAL"));
    }

    @Test
    void aLegalEntityIsRecordedAsSuch() {
        create("ozon", Map.of("displayName", "ООО Ромашка", "legalEntity", true,
                "emails", List.of(uniqueEmail("orders"))))
                .statusCode(201)
                .body("legalEntity", equalTo(true))
                .body("displayName", equalTo("ООО Ромашка"));
    }

    @Test
    void anUnknownIdentityIsA404Problem() {
        lookup("crazysales", "email", uniqueEmail("nobody"))
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void anotherTenantSeesNeitherTheCustomerNorItsIdentities() {
        String email = uniqueEmail("mine");
        String id = Customers.createWithEmails("crazysales", email);

        get("zalora", "/" + id).statusCode(404).contentType("application/problem+json");
        lookup("zalora", "email", email).statusCode(404);
        get("crazysales", "/not-a-uuid").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void lookupNeedsExactlyOneIdentity() {
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .when().get("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .queryParam("email", uniqueEmail("a")).queryParam("phone", "+61" + uniqueDigits())
                .when().get("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json");
        lookup("crazysales", "social", "no-handle").statusCode(400).body("errors[0].field", equalTo("social"));
    }

    @Test
    void anIdentityOfAnotherCustomerIsA409AndNothingIsCreated() {
        String taken = uniqueEmail("taken");
        String fresh = uniqueEmail("fresh");
        Customers.createWithEmails("zalora", taken);

        create("zalora", Map.of("emails", List.of(fresh, taken.toUpperCase())))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/conflict"))
                .body("detail", containsString(taken));
        lookup("zalora", "email", fresh).statusCode(404);
    }

    @Test
    void invalidCustomersAre400ProblemsNamingTheField() {
        create("crazysales", Map.of("emails", List.of("not-an-address")))
                .statusCode(400).body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("emails"));
        create("crazysales", Map.of("displayName", "Nobody"))
                .statusCode(400).body("errors.field", hasItem("identities"));
        create("crazysales", Map.of("phones", List.of("call me maybe")))
                .statusCode(400).body("errors.field", hasItem("phones"));
        create("crazysales", Map.of("socialHandles", List.of(Map.of("network", "facebook", "handle", "two words"))))
                .statusCode(400).body("errors.field", hasItem("socialHandles.handle"));
        create("crazysales", Map.of("emails", Collections.nCopies(21, uniqueEmail("many"))))
                .statusCode(400).body("errors.field", hasItem("identities"));
        create("crazysales", Map.of("phones", List.of("+1 23")))
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("phones"));
    }
}
