package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ADD_IDENTITY;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ADD_MESSAGE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ADD_NOTE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ASSIGN;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CHANGE_STATUS;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CLASSIFY;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CLOSE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CREATE_CUSTOMER;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CREATE_TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CREATE_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.LOG_WITHOUT_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.as;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.send;
import static dev.opsdesk.ticket.api.BadInputFixtures.withoutWrites;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.api.BadInputFixtures.Endpoint;
import dev.opsdesk.ticket.api.BadInputFixtures.Target;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values JSON allows but the database cannot store (a NUL character, an instant beyond PostgreSQL's
 * range) are a 400 problem and write nothing, not a 500 from the database.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputUnstorableValuesTest {

    private static final String NUL = "\\u0000";

    private static Target target;

    @Inject
    EntityManager em;

    static Stream<Arguments> unstorable() {
        return Stream.of(
                Arguments.of(CREATE_TICKET, 400, "NUL in a string", "{\"channel\":\"EMAIL\",\"subject\":\"Hi" + NUL
                        + "there\",\"requester\":{\"email\":\"nul@example.com\"}}"),
                Arguments.of(ADD_MESSAGE, 400, "NUL in a string", "{\"body\":\"hello" + NUL + "\"}"),
                Arguments.of(CHANGE_STATUS, 400, "NUL in a nested string", "{\"status\":\"AWAITING_REPLY\",\"reply\":{\"body\":\""
                        + NUL + "\"}}"),
                Arguments.of(ASSIGN, 400, "NUL in a string", "{\"owner\":\"ana" + NUL + "\"}"),
                Arguments.of(ADD_NOTE, 400, "NUL in a map value", "{\"templateId\":\"ticket-order-note\",\"fields\":"
                        + "{\"Order ID\":\"1001" + NUL + "\",\"SKU\":\"S-1\"}}"),
                Arguments.of(ADD_NOTE, 422, "NUL in a map key", "{\"templateId\":\"ticket-order-note\",\"fields\":"
                        + "{\"Order ID\":\"1001\",\"SKU\":\"S-1\",\"x" + NUL + "\":\"y\"}}"),
                Arguments.of(CLASSIFY, 400, "NUL in an order id", "{\"topics\":[],\"orderId\":\"10" + NUL + "01\"}"),
                Arguments.of(CLOSE, 400, "NUL in a comment", "{\"resolution\":\"CLOSED_NO_ACTION\",\"comment\":\"" + NUL + "\"}"),
                Arguments.of(LOG_WITHOUT_TICKET, 422, "NUL in a string", "{\"taskCategory\":\"Spam Checking" + NUL
                        + "\",\"durationSeconds\":60}"),
                Arguments.of(CREATE_TENANT, 400, "NUL in a string", "{\"id\":\"nul-tenant\",\"name\":\"N" + NUL
                        + "\",\"template\":\"crazysales\"}"),
                Arguments.of(CREATE_CUSTOMER, 400, "NUL in a string", "{\"displayName\":\"Ana" + NUL
                        + "\",\"emails\":[\"nul.customer@example.com\"]}"),
                Arguments.of(ADD_IDENTITY, 400, "NUL in a string", "{\"kind\":\"SOCIAL\",\"value\":\"facebook:ana" + NUL + "s\"}"),
                Arguments.of(CHANGE_STATUS, 400, "an instant after PostgreSQL's last year",
                        "{\"status\":\"IN_PROGRESS\",\"reply\":{\"body\":\"On it\"},\"reminderDueAt\":\"+300000-01-01T00:00:00Z\"}"),
                Arguments.of(CHANGE_STATUS, 400, "an instant before PostgreSQL's first year",
                        "{\"status\":\"IN_PROGRESS\",\"reply\":{\"body\":\"On it\"},\"reminderDueAt\":\"-5000-01-01T00:00:00Z\"}"));
    }

    /** 422 where a tenant rule refuses the value before it would be stored. */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("unstorable")
    void aValueTheDatabaseCannotStoreIsAClientProblemAndWritesNothing(Endpoint endpoint, int status, String what,
                                                                      String body) {
        target = target == null ? Target.fresh() : target;
        assertProblem(withoutWrites(em, target, () -> send(endpoint, target, body)), status);
    }

    @ParameterizedTest(name = "GET /api/v1/tickets?{0}")
    @ValueSource(strings = {"q=%5C", "q=100%25", "q=a_b", "requester=%00", "q=%00", "orderId=%00", "topic=%00",
            "createdFrom=%2B300000-01-01T00:00:00Z", "createdTo=-5000-01-01T00:00:00Z"})
    void aSearchForAnUnstorableValueIsAnEmptyPageOrA400Problem(String query) {
        Response response = as(TENANT, "agent").urlEncodingEnabled(false).when().get("/api/v1/tickets?" + query);
        if (response.statusCode() != 200) {
            assertProblem(response, 400);
        }
    }
}
