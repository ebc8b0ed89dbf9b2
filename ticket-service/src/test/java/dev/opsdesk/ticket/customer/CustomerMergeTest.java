package dev.opsdesk.ticket.customer;

import static dev.opsdesk.ticket.TicketRequests.createId;
import static dev.opsdesk.ticket.customer.Customers.addIdentity;
import static dev.opsdesk.ticket.customer.Customers.customerOf;
import static dev.opsdesk.ticket.customer.Customers.createWithEmails;
import static dev.opsdesk.ticket.customer.Customers.lookup;
import static dev.opsdesk.ticket.customer.Customers.merge;
import static dev.opsdesk.ticket.customer.Customers.uniqueDigits;
import static dev.opsdesk.ticket.customer.Customers.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Two records of one person become one, so R35/R36 see their tickets as the same customer's. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CustomerMergeTest {

    @Test
    void identitiesAndTicketsMoveToTheSurvivingCustomer() {
        String work = uniqueEmail("work");
        String home = uniqueEmail("home");
        String digits = uniqueDigits();
        String first = createId("crazysales", "EMAIL", "Order 1001", work);
        String second = createId("crazysales", "EMAIL", "Order 1001 again", home);
        String third = createId("crazysales", "PHONE", "Called about order 1001", home);
        String survivor = customerOf("crazysales", first);
        String duplicate = customerOf("crazysales", second);
        addIdentity("crazysales", duplicate, "PHONE", "+61" + digits).statusCode(201);

        merge("crazysales", "supervisor", survivor, duplicate)
                .statusCode(200)
                .body("id", equalTo(survivor))
                .body("identities.value", containsInAnyOrder(work, home, "+61" + digits));

        Customers.get("crazysales", "/" + duplicate).statusCode(200)
                .body("mergedInto", equalTo(survivor))
                .body("identities", hasSize(0));
        assertEquals(survivor, customerOf("crazysales", second));
        assertEquals(survivor, customerOf("crazysales", third));
        lookup("crazysales", "email", home).statusCode(200).body("id", equalTo(survivor));
        lookup("crazysales", "phone", "+61" + digits).statusCode(200).body("id", equalTo(survivor));
        Customers.get("crazysales", "/" + survivor + "/timeline").statusCode(200)
                .body("items.id", containsInAnyOrder(first, second, third));
        // the old record's timeline follows the merge
        Customers.get("crazysales", "/" + duplicate + "/timeline").statusCode(200).body("items", hasSize(3));
        // a later contact from the merged address lands on the survivor
        assertEquals(survivor, customerOf("crazysales", createId("crazysales", "CHAT", "Still waiting", home)));
    }

    @Test
    void theMergeIsAuditedOnBothCustomersAndOnEachMovedTicket() {
        String ticket = createId("zalora", "EMAIL", "Refund", uniqueEmail("refund"));
        String from = customerOf("zalora", ticket);
        String into = createWithEmails("zalora", uniqueEmail("main"));

        merge("zalora", "admin", into, from).statusCode(200);

        Customers.get("zalora", "/" + into + "/audit").statusCode(200)
                .body("action", hasItem("merge"))
                .body("find { it.action == 'merge' }.before", equalTo(from))
                .body("find { it.action == 'merge' }.actor", not(blankOrNullString()));
        Customers.get("zalora", "/" + from + "/audit").statusCode(200).body("action", hasItem("merge"));
        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .when().get("/api/v1/tickets/" + ticket + "/audit")
                .then().statusCode(200)
                .body("find { it.action == 'customer' }.before", equalTo(from))
                .body("find { it.action == 'customer' }.after", equalTo(into));
    }

    @Test
    void onlySupervisorsAndAdminsMerge() {
        String a = createWithEmails("zalora", uniqueEmail("a"));
        String b = createWithEmails("zalora", uniqueEmail("b"));

        merge("zalora", "agent", a, b).statusCode(403).contentType("application/problem+json");
        Customers.get("zalora", "/" + b).body("mergedInto", equalTo(null));
    }

    @Test
    void aCustomerCannotBeMergedIntoItselfNorTwice() {
        String a = createWithEmails("ozon", uniqueEmail("a"));
        String b = createWithEmails("ozon", uniqueEmail("b"));
        String c = createWithEmails("ozon", uniqueEmail("c"));

        merge("ozon", "supervisor", a, a).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        merge("ozon", "supervisor", a, b).statusCode(200);
        merge("ozon", "supervisor", c, b).statusCode(422).body("errors[0].field", equalTo("from"));
        merge("ozon", "supervisor", b, c).statusCode(422).body("errors[0].field", equalTo("id"));
    }

    @Test
    void customersOfAnotherTenantAreNotFound() {
        String mine = createWithEmails("ozon", uniqueEmail("mine"));
        String theirs = createWithEmails("festival", uniqueEmail("theirs"));

        merge("ozon", "supervisor", mine, theirs).statusCode(404).body("type", endsWith("/not-found"));
        merge("festival", "supervisor", mine, theirs).statusCode(404);
        Customers.get("festival", "/" + theirs).body("mergedInto", equalTo(null));
    }

    @Test
    void anIdentityAlreadyHeldByAnotherCustomerIsAConflictNotAMerge() {
        String email = uniqueEmail("contested");
        String holder = createWithEmails("crazysales", email);
        String other = createWithEmails("crazysales", uniqueEmail("other"));

        addIdentity("crazysales", other, "EMAIL", email).statusCode(409).body("type", endsWith("/conflict"));
        lookup("crazysales", "email", email).body("id", equalTo(holder));
    }

    @Test
    void aBadMergeBodyIsA400() {
        String a = createWithEmails("crazysales", uniqueEmail("body"));
        given().header("Authorization", TestTokens.bearer("crazysales", "supervisor"))
                .contentType("application/json").body("{\"from\":\"not-a-uuid\"}")
                .when().post("/api/v1/customers/" + a + "/merge")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("crazysales", "supervisor"))
                .contentType("application/json").body("{}")
                .when().post("/api/v1/customers/" + a + "/merge")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
