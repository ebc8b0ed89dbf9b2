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
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.LOG_ON_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.LOG_WITHOUT_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.MERGE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.MERGE_CUSTOMER;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.REPORT_ORDER_STATUS;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.SURVEY;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.send;
import static dev.opsdesk.ticket.api.BadInputFixtures.withoutWrites;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.api.BadInputFixtures.Endpoint;
import dev.opsdesk.ticket.api.BadInputFixtures.Target;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A field of the wrong JSON type is a 400 problem naming the body as malformed or invalid, and writes nothing. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputWrongJsonTypesTest {

    private static final String EMAIL = "{\"email\":\"types@example.com\"}";

    private static Target target;

    @Inject
    EntityManager em;

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of(CREATE_TICKET, "number for a string", "{\"channel\":1,\"subject\":\"Hi\",\"requester\":" + EMAIL + "}"),
                Arguments.of(CREATE_TICKET, "boolean for a string", "{\"channel\":\"EMAIL\",\"subject\":true,\"requester\":" + EMAIL + "}"),
                Arguments.of(CREATE_TICKET, "object for a string", "{\"channel\":\"EMAIL\",\"subject\":{\"text\":\"Hi\"},\"requester\":" + EMAIL + "}"),
                Arguments.of(CREATE_TICKET, "string for an object", "{\"channel\":\"EMAIL\",\"subject\":\"Hi\",\"requester\":\"types@example.com\"}"),
                Arguments.of(CREATE_TICKET, "array for an object", "{\"channel\":\"EMAIL\",\"subject\":\"Hi\",\"requester\":[" + EMAIL + "]}"),
                Arguments.of(CREATE_TICKET, "null for a required object", "{\"channel\":\"EMAIL\",\"subject\":\"Hi\",\"requester\":null}"),
                Arguments.of(CREATE_TICKET, "null for a required string", "{\"channel\":\"EMAIL\",\"subject\":null,\"requester\":" + EMAIL + "}"),
                Arguments.of(ADD_MESSAGE, "number for a string", "{\"body\":123}"),
                Arguments.of(ADD_MESSAGE, "array for a string", "{\"body\":[\"hello\"]}"),
                Arguments.of(ADD_MESSAGE, "null for a required string", "{\"body\":null}"),
                Arguments.of(ADD_MESSAGE, "number for an enum", "{\"authorType\":1,\"body\":\"hello\"}"),
                Arguments.of(CHANGE_STATUS, "number for a string", "{\"status\":7}"),
                Arguments.of(CHANGE_STATUS, "string for an object", "{\"status\":\"RESOLVED\",\"reply\":\"Thanks\"}"),
                Arguments.of(CHANGE_STATUS, "string for an instant", "{\"status\":\"AWAITING_REPLY\",\"reminderDueAt\":\"tomorrow\"}"),
                Arguments.of(CHANGE_STATUS, "string for a set", "{\"status\":\"RESOLVED\",\"override\":{\"rules\":\"R28\",\"reason\":\"x\"}}"),
                Arguments.of(ASSIGN, "number for a string", "{\"owner\":5}"),
                Arguments.of(ASSIGN, "object for a string", "{\"owner\":{\"id\":\"ana\"}}"),
                Arguments.of(ASSIGN, "null for a required string", "{\"owner\":null}"),
                Arguments.of(SURVEY, "number for an enum", "{\"rating\":0}"),
                Arguments.of(SURVEY, "array for an enum", "{\"rating\":[\"DSAT\"]}"),
                Arguments.of(SURVEY, "null for a required enum", "{\"rating\":null}"),
                Arguments.of(ADD_NOTE, "array for an object", "{\"templateId\":\"ticket-order-note\",\"fields\":[\"Order ID\"]}"),
                Arguments.of(ADD_NOTE, "string for an object", "{\"templateId\":\"ticket-order-note\",\"fields\":\"Order ID: 1\"}"),
                Arguments.of(ADD_NOTE, "number for a string value", "{\"templateId\":\"ticket-order-note\",\"fields\":{\"Order ID\":123,\"SKU\":\"S-1\"}}"),
                Arguments.of(ADD_NOTE, "object for a string value", "{\"templateId\":\"ticket-order-note\",\"fields\":{\"Order ID\":{\"v\":1}}}"),
                Arguments.of(ADD_NOTE, "number for a string", "{\"templateId\":3,\"fields\":{}}"),
                Arguments.of(CLASSIFY, "string for an array", "{\"topics\":\"Delivery\"}"),
                Arguments.of(CLASSIFY, "numbers for strings in an array", "{\"topics\":[1,2]}"),
                Arguments.of(CLASSIFY, "string for a boolean", "{\"topics\":[],\"noOrder\":\"yes\"}"),
                Arguments.of(CLASSIFY, "quoted boolean", "{\"topics\":[],\"noOrder\":\"true\"}"),
                Arguments.of(CLASSIFY, "number for a boolean", "{\"topics\":[],\"noOrder\":1}"),
                Arguments.of(CLASSIFY, "object for a string", "{\"topics\":[],\"orderId\":{\"id\":1}}"),
                Arguments.of(CLASSIFY, "null for a required array", "{\"topics\":null}"),
                Arguments.of(CLOSE, "number for a string", "{\"resolution\":1}"),
                Arguments.of(CLOSE, "string for an object", "{\"resolution\":\"RESOLVED\",\"facts\":\"none\"}"),
                Arguments.of(CLOSE, "string for a boolean inside an object", "{\"resolution\":\"RESOLVED\",\"facts\":{\"massOutage\":\"often\"}}"),
                Arguments.of(CLOSE, "malformed UUID", "{\"resolution\":\"CLOSED_NO_ACTION\",\"duplicateOf\":\"not-a-uuid\"}"),
                Arguments.of(CLOSE, "number for a UUID", "{\"resolution\":\"CLOSED_NO_ACTION\",\"duplicateOf\":42}"),
                Arguments.of(MERGE, "string for an array", "{\"sources\":\"" + java.util.UUID.randomUUID() + "\"}"),
                Arguments.of(MERGE, "malformed UUID in an array", "{\"sources\":[\"not-a-uuid\"]}"),
                Arguments.of(MERGE, "null in an array", "{\"sources\":[null]}"),
                Arguments.of(MERGE, "object in an array of UUIDs", "{\"sources\":[{\"id\":\"x\"}]}"),
                Arguments.of(MERGE, "string for a boolean", "{\"sources\":[\"" + java.util.UUID.randomUUID()
                        + "\"],\"differentAddressesConfirmed\":\"sure\"}"),
                Arguments.of(LOG_ON_TICKET, "string for a number", "{\"taskCategory\":\"Kayako Tickets\",\"durationSeconds\":\"sixty\"}"),
                Arguments.of(LOG_ON_TICKET, "quoted number", "{\"taskCategory\":\"Kayako Tickets\",\"durationSeconds\":\"60\"}"),
                Arguments.of(LOG_ON_TICKET, "fraction for an integer", "{\"taskCategory\":\"Kayako Tickets\",\"durationSeconds\":60.5}"),
                Arguments.of(LOG_ON_TICKET, "number beyond an integer", "{\"taskCategory\":\"Kayako Tickets\",\"durationSeconds\":1e20}"),
                Arguments.of(LOG_ON_TICKET, "boolean for a number", "{\"taskCategory\":\"Kayako Tickets\",\"durationSeconds\":true}"),
                Arguments.of(LOG_ON_TICKET, "array for a string", "{\"taskCategory\":[\"Kayako Tickets\"],\"durationSeconds\":60}"),
                Arguments.of(LOG_WITHOUT_TICKET, "number for a string", "{\"taskCategory\":42,\"durationSeconds\":60}"),
                Arguments.of(LOG_WITHOUT_TICKET, "null for a required number", "{\"taskCategory\":\"Spam Checking\",\"durationSeconds\":null}"),
                Arguments.of(LOG_WITHOUT_TICKET, "object for a number", "{\"taskCategory\":\"Spam Checking\",\"durationSeconds\":{\"s\":60}}"),
                Arguments.of(CREATE_TENANT, "number for a string", "{\"id\":5,\"name\":\"Types\",\"template\":\"crazysales\"}"),
                Arguments.of(CREATE_TENANT, "array for a string", "{\"id\":\"types-t\",\"name\":[\"Types\"],\"template\":\"crazysales\"}"),
                Arguments.of(CREATE_TENANT, "object for a string", "{\"id\":\"types-t\",\"name\":\"Types\",\"template\":{\"id\":\"crazysales\"}}"),
                Arguments.of(CREATE_TENANT, "null for a required string", "{\"id\":null,\"name\":\"Types\",\"template\":\"crazysales\"}"),
                Arguments.of(CREATE_CUSTOMER, "string for an array", "{\"emails\":\"types.c@example.com\"}"),
                Arguments.of(CREATE_CUSTOMER, "string for an object in an array", "{\"socialHandles\":[\"facebook:ana\"]}"),
                Arguments.of(CREATE_CUSTOMER, "quoted boolean", "{\"emails\":[\"types.c@example.com\"],\"legalEntity\":\"true\"}"),
                Arguments.of(CREATE_CUSTOMER, "object for a string", "{\"displayName\":{\"first\":\"Ana\"},\"emails\":[\"types.c@example.com\"]}"),
                Arguments.of(CREATE_CUSTOMER, "number for a string in an array", "{\"phones\":[61412345678]}"),
                Arguments.of(ADD_IDENTITY, "number for a string", "{\"kind\":\"PHONE\",\"value\":61412345678}"),
                Arguments.of(ADD_IDENTITY, "array for an enum", "{\"kind\":[\"EMAIL\"],\"value\":\"types.i@example.com\"}"),
                Arguments.of(ADD_IDENTITY, "null for a required enum", "{\"kind\":null,\"value\":\"types.i@example.com\"}"),
                Arguments.of(MERGE_CUSTOMER, "malformed UUID", "{\"from\":\"not-a-uuid\"}"),
                Arguments.of(MERGE_CUSTOMER, "number for a UUID", "{\"from\":12}"),
                Arguments.of(MERGE_CUSTOMER, "object for a UUID", "{\"from\":{\"id\":\"x\"}}"),
                Arguments.of(MERGE_CUSTOMER, "null for a required UUID", "{\"from\":null}"),
                Arguments.of(CHANGE_STATUS, "number for a date-time", "{\"status\":\"IN_PROGRESS\",\"reply\":{\"body\":\"On it\"},\"reminderDueAt\":1700000000}"),
                Arguments.of(REPORT_ORDER_STATUS, "number for a string", "{\"status\":7}"),
                Arguments.of(REPORT_ORDER_STATUS, "number for a date-time", "{\"status\":\"ON_HOLD\",\"since\":1700000000}"),
                Arguments.of(REPORT_ORDER_STATUS, "not a date-time", "{\"status\":\"ON_HOLD\",\"since\":\"yesterday\"}"),
                Arguments.of(REPORT_ORDER_STATUS, "null for a required string", "{\"status\":null}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongTypes")
    void aFieldOfTheWrongTypeIsA400ProblemAndWritesNothing(Endpoint endpoint, String what, String body) {
        target = target == null ? Target.fresh() : target;
        assertProblem(withoutWrites(em, target, () -> send(endpoint, target, body)), 400)
                .body("type", anyOf(endsWith("/malformed-json"), endsWith("/validation-failed")));
    }
}
