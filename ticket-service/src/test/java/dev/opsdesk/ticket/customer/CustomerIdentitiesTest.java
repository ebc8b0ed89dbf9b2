package dev.opsdesk.ticket.customer;

import static dev.opsdesk.ticket.customer.Customers.addIdentity;
import static dev.opsdesk.ticket.customer.Customers.createWithEmails;
import static dev.opsdesk.ticket.customer.Customers.lookup;
import static dev.opsdesk.ticket.customer.Customers.uniqueDigits;
import static dev.opsdesk.ticket.customer.Customers.uniqueEmail;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A customer gains the addresses, numbers and handles it contacts us from (A44). */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CustomerIdentitiesTest {

    @Test
    void anAddedIdentityIsStoredNormalisedAndFindsTheCustomer() {
        String id = createWithEmails("festival", uniqueEmail("visitor"));
        String digits = uniqueDigits();

        addIdentity("festival", id, "PHONE", "+31 (0)6 " + digits)
                .statusCode(201)
                .body("identities.value", hasItem("+3106" + digits));
        addIdentity("festival", id, "SOCIAL", "Instagram:@Fan_" + digits)
                .statusCode(201)
                .body("identities", hasSize(3));

        lookup("festival", "phone", "+3106" + digits).statusCode(200).body("id", equalTo(id));
        lookup("festival", "social", "instagram:fan_" + digits).statusCode(200).body("id", equalTo(id));
        Customers.get("festival", "/" + id + "/audit").statusCode(200)
                .body("action", hasItem("identity-added"));
    }

    @Test
    void addingAnIdentityTheCustomerAlreadyHasChangesNothing() {
        String email = uniqueEmail("twice");
        String id = createWithEmails("festival", email);

        addIdentity("festival", id, "EMAIL", email.toUpperCase())
                .statusCode(200)
                .body("identities", hasSize(1));
    }

    @Test
    void anIdentityOfAnotherCustomerOfTheTenantIsA409() {
        String email = uniqueEmail("owned");
        createWithEmails("festival", email);
        String other = createWithEmails("festival", uniqueEmail("other"));

        addIdentity("festival", other, "EMAIL", email)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/conflict"));
    }

    @Test
    void theSameAddressMayBelongToCustomersOfDifferentTenants() {
        String email = uniqueEmail("shared");
        createWithEmails("festival", email);
        String id = createWithEmails("ozon", uniqueEmail("ozon"));

        addIdentity("ozon", id, "EMAIL", email).statusCode(201);
    }

    @Test
    void badValuesAndOtherTenantsCustomersAreRefused() {
        String id = createWithEmails("festival", uniqueEmail("strict"));

        addIdentity("festival", id, "EMAIL", "no-at-sign")
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("value"));
        addIdentity("festival", id, "SOCIAL", "handle-without-network").statusCode(422);
        addIdentity("festival", id, "FAX", "123456").statusCode(400).contentType("application/problem+json");
        addIdentity("zalora", id, "EMAIL", uniqueEmail("intruder")).statusCode(404);
    }
}
