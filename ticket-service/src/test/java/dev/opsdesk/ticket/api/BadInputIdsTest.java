package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.api.BadInputFixtures.OTHER_TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.as;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertClientProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.withoutWrites;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.api.BadInputFixtures.Target;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An id that is malformed, unknown, or another tenant's is a 404 problem wherever it appears in a
 * path (every id-taking route of ticket-service: docs/security.md), and a 4xx problem in a body;
 * either way nothing is written.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputIdsTest {

    /** Every route with an id in its path, with a body that would be accepted for the right id. */
    enum IdRoute {
        GET_TICKET("GET", "/api/v1/tickets/{ticket}", "agent", null),
        GET_MESSAGES("GET", "/api/v1/tickets/{ticket}/messages", "agent", null),
        GET_AUDIT("GET", "/api/v1/tickets/{ticket}/audit", "agent", null),
        GET_NOTES("GET", "/api/v1/tickets/{ticket}/notes", "agent", null),
        GET_RELATED("GET", "/api/v1/tickets/{ticket}/related", "agent", null),
        GET_ACTIVITIES("GET", "/api/v1/tickets/{ticket}/activities", "agent", null),
        ADD_MESSAGE("POST", "/api/v1/tickets/{ticket}/messages", "agent", "{\"body\":\"hello\"}"),
        CHANGE_STATUS("POST", "/api/v1/tickets/{ticket}/status", "agent",
                "{\"status\":\"OPEN\",\"reply\":{\"body\":\"We are on it\"}}"),
        ASSIGN("POST", "/api/v1/tickets/{ticket}/assign", "supervisor", "{\"owner\":\"ana\"}"),
        SURVEY("POST", "/api/v1/tickets/{ticket}/surveys", "integration", "{\"rating\":\"DSAT\"}"),
        ADD_NOTE("POST", "/api/v1/tickets/{ticket}/notes", "agent",
                "{\"templateId\":\"ticket-order-note\",\"fields\":{\"Order ID\":\"1001\",\"SKU\":\"S-1\"}}"),
        CLASSIFY("PUT", "/api/v1/tickets/{ticket}/classification", "agent", "{\"topics\":[],\"orderId\":\"1001\"}"),
        CLOSE("POST", "/api/v1/tickets/{ticket}/close", "agent", "{\"resolution\":\"CLOSED_NO_ACTION\"}"),
        MERGE("POST", "/api/v1/tickets/{ticket}/merge", "agent", "{\"sources\":[\"{own-ticket}\"]}"),
        UNMERGE("POST", "/api/v1/tickets/{ticket}/unmerge", "agent", null),
        LOG_ON_TICKET("POST", "/api/v1/tickets/{ticket}/activities", "agent",
                "{\"taskCategory\":\"Kayako Tickets\",\"durationSeconds\":60}"),
        GET_TOPICS("GET", "/api/v1/tickets/{ticket}/topics", "qa", null),
        CLONE("POST", "/api/v1/tickets/{ticket}/clone", "agent", "{\"reason\":\"ADDITIONAL_CASES\",\"count\":1}"),
        APPROVE("POST", "/api/v1/tickets/{ticket}/messages/" + UUID.randomUUID() + "/approve", "supervisor", null),
        TEMPLATED_MESSAGE("POST", "/api/v1/tickets/{ticket}/templated-messages", "agent",
                "{\"templateId\":\"recap-email\",\"values\":{}}"),
        POSSIBLY_RELATED("GET", "/api/v1/tickets/{ticket}/intake/possibly-related", "agent", null),
        ATTACHMENTS("GET", "/api/v1/tickets/{ticket}/intake/attachments", "agent", null),
        ATTACHMENT("GET", "/api/v1/tickets/{ticket}/intake/attachments/" + UUID.randomUUID(), "agent", null),
        OUTGOING_MAILS("GET", "/api/v1/tickets/{ticket}/intake/outgoing-mails", "agent", null),
        GET_CUSTOMER("GET", "/api/v1/customers/{customer}", "agent", null),
        GET_TIMELINE("GET", "/api/v1/customers/{customer}/timeline", "agent", null),
        GET_CUSTOMER_AUDIT("GET", "/api/v1/customers/{customer}/audit", "agent", null),
        ADD_IDENTITY("POST", "/api/v1/customers/{customer}/identities", "agent",
                "{\"kind\":\"PHONE\",\"value\":\"+61 2 9999 0000\"}"),
        MERGE_CUSTOMER("POST", "/api/v1/customers/{customer}/merge", "supervisor", "{\"from\":\"{own-customer}\"}");

        final String method;
        final String path;
        final String role;
        final String body;

        IdRoute(String method, String path, String role, String body) {
            this.method = method;
            this.path = path;
            this.role = role;
            this.body = body;
        }

        /** Sends as a {@link BadInputFixtures#TENANT} user, aiming at {@code id}; bodies name the caller's own things. */
        Response send(String id, Target own) {
            RequestSpecification request = as(TENANT, role).urlEncodingEnabled(false);
            if (body != null) {
                request.contentType("application/json")
                        .body(body.replace("{own-ticket}", own.ticket()).replace("{own-customer}", own.customer()));
            }
            return request.when().request(method, path.replace("{ticket}", id).replace("{customer}", id));
        }
    }

    private static Target own;
    private static Target foreign;

    @Inject
    EntityManager em;

    private static void fixtures() {
        own = own == null ? Target.fresh(TENANT) : own;
        foreign = foreign == null ? Target.fresh(OTHER_TENANT) : foreign;
    }

    static Stream<Arguments> malformedIds() {
        String[] malformed = {"not-a-uuid", "12345", UUID.randomUUID() + "0", "%20", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"};
        return Arrays.stream(IdRoute.values())
                .flatMap(route -> Arrays.stream(malformed).map(id -> Arguments.of(route, id)));
    }

    @ParameterizedTest(name = "{0} with id {1}")
    @MethodSource("malformedIds")
    void aMalformedIdInThePathIsA404Problem(IdRoute route, String id) {
        fixtures();
        assertProblem(withoutWrites(em, own, () -> route.send(id, own)), 404)
                .body("type", endsWith("/not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anUnknownIdInThePathIsA404Problem(IdRoute route) {
        fixtures();
        assertProblem(withoutWrites(em, own, () -> route.send(UUID.randomUUID().toString(), own)), 404)
                .body("type", endsWith("/not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anotherTenantsIdInThePathIsA404ProblemAndLeavesItUntouched(IdRoute route) {
        fixtures();
        String foreignId = route.path.contains("{customer}") ? foreign.customer() : foreign.ticket();
        assertProblem(withoutWrites(em, foreign, () -> route.send(foreignId, own)), 404)
                .body("type", endsWith("/not-found"));
    }

    static Stream<IdRoute> routes() {
        return Arrays.stream(IdRoute.values());
    }

    @Test
    void mergingAnUnknownOrForeignTicketIsA404AndMovesNothing() {
        fixtures();
        for (String source : new String[] {UUID.randomUUID().toString(), foreign.ticket()}) {
            assertProblem(withoutWrites(em, own, () -> withoutWrites(em, foreign, () -> as(TENANT, "agent")
                    .contentType("application/json").body("{\"sources\":[\"" + source + "\"]}")
                    .when().post("/api/v1/tickets/" + own.ticket() + "/merge"))), 404);
        }
    }

    @Test
    void mergingATicketIntoItselfIsA422() {
        fixtures();
        assertProblem(withoutWrites(em, own, () -> as(TENANT, "agent").contentType("application/json")
                .body("{\"sources\":[\"" + own.ticket() + "\"]}")
                .when().post("/api/v1/tickets/" + own.ticket() + "/merge")), 422);
    }

    @Test
    void closingAsADuplicateOfAnUnknownOrForeignTicketIsRefused() {
        fixtures();
        for (String duplicate : new String[] {UUID.randomUUID().toString(), foreign.ticket()}) {
            assertProblem(withoutWrites(em, own, () -> as(TENANT, "agent").contentType("application/json")
                    .body("{\"resolution\":\"CLOSED_NO_ACTION\",\"duplicateOf\":\"" + duplicate + "\"}")
                    .when().post("/api/v1/tickets/" + own.ticket() + "/close")), 422);
        }
    }

    @Test
    void mergingAnUnknownOrForeignCustomerIsA404AndMovesNothing() {
        fixtures();
        for (String from : new String[] {UUID.randomUUID().toString(), foreign.customer()}) {
            assertProblem(withoutWrites(em, own, () -> withoutWrites(em, foreign, () -> as(TENANT, "supervisor")
                    .contentType("application/json").body("{\"from\":\"" + from + "\"}")
                    .when().post("/api/v1/customers/" + own.customer() + "/merge"))), 404);
        }
    }

    @Test
    void mergingACustomerIntoItselfIsA422() {
        fixtures();
        assertProblem(withoutWrites(em, own, () -> as(TENANT, "supervisor").contentType("application/json")
                .body("{\"from\":\"" + own.customer() + "\"}")
                .when().post("/api/v1/customers/" + own.customer() + "/merge")), 422);
    }

    @Test
    void anotherTenantIsNotFoundAndAnUnknownOrMalformedTenantIsAClientProblem() {
        assertProblem(as(TENANT, "agent").when().get("/api/v1/tenants/" + OTHER_TENANT), 404);
        assertProblem(as(TENANT, "admin").when().get("/api/v1/tenants/" + OTHER_TENANT), 404);
        for (String id : new String[] {"no-such-tenant", "Not A Tenant!", "x".repeat(300)}) {
            Response response = as(TENANT, "admin").when().get("/api/v1/tenants/" + id);
            assertClientProblem(response);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 403, response.asString());
        }
    }
}
